/** Bulk jobs over REST: {@code /api/v1/bulk-jobs} (multipart submission, state, log, result and original files, templates). */
package org.ccadmin.bulk.rest;
