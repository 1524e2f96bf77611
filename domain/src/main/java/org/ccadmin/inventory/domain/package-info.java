/**
 * Inventory: the machines (ccadmin server nodes) of the deployment. Each node registers itself and refreshes
 * its row while it runs; a row not refreshed for {@link org.ccadmin.inventory.domain.ServerNode#STALE_AFTER}
 * is a machine that stopped. Kept in the database so every node of a cluster sees every other.
 */
package org.ccadmin.inventory.domain;
