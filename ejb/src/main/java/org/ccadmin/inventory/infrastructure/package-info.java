/** The start-up and heartbeat of this node's inventory row. */
package org.ccadmin.inventory.infrastructure;
