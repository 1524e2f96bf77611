/**
 * Bulk job use cases: submitting a content file (checked before the job exists), reading a job's state,
 * log, result and original file, cancelling, deleting and keeping the newest jobs; and applying a chunk of
 * rows in one transaction through the agents' own domain rules and the licensing admission.
 */
package org.ccadmin.bulk.application;
