/**
 * The shared kernel: rules and vocabulary every bounded context uses the same way. The name and description
 * rule of the modelled system, the validation error collector, the exception families that the REST layer,
 * the console and bulk jobs translate into their own form, paging requests, and the audit trail entry.
 */
package org.ccadmin.shared.domain;
