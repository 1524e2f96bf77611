/** The console's Bulk Import page: templates, upload, the job list and a job's live progress. */
package org.ccadmin.bulk.web;
