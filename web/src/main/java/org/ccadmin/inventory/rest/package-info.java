/** REST resources of the inventory. */
package org.ccadmin.inventory.rest;
