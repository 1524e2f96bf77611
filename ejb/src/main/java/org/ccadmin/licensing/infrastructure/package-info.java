/** Storage of the product instance and the licensing log, its installation at first start, and the authority adapter. */
package org.ccadmin.licensing.infrastructure;
