/** Bulk jobs on JPA and JDBC batches, and the Jakarta Batch artifacts that run them. */
package org.ccadmin.bulk.infrastructure;
