/**
 * Application services of the shared kernel: the change log (audit trail plus change events) and the audit
 * query, plus the views (DTOs) that leave the services instead of entities.
 */
package org.ccadmin.shared.application;
