/**
 * The versioned schema runner that ccadmin and the license authority share (it travels in the licensing
 * protocol jar, the one jar both deployables bundle). Each caller names its own script root and table
 * prefix, so both schemas can live in one database.
 */
package org.ccadmin.support.migration;
