/**
 * Bulk jobs: a content file (CSV) is checked line by line for its syntax before a job exists, stored with
 * the job, and then applied row by row through the same domain rules the REST API and the console use
 * (agents, teams, attributes). Each row gets its own result; the job ends succeeded, failed, partially
 * succeeded or cancelled. Everything lives in the database so that any node can serve a job's log, result
 * file and original file, and a job interrupted by a crash can continue where it stopped.
 */
package org.ccadmin.bulk.domain;
