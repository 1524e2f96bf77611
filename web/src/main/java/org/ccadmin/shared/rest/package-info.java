/**
 * The API conventions every resource follows: JSON under {@code /api/v1}, RFC 9457 problem bodies for every
 * error, list paging and sorting, changeStamp/ETag optimistic concurrency, strict request parsing that names
 * the offending field. Resources of each context live in its own {@code …rest} package and use these pieces.
 */
package org.ccadmin.shared.rest;
