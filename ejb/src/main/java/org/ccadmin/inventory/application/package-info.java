/** Inventory services: register this node, refresh it, list the deployment's machines. */
package org.ccadmin.inventory.application;
