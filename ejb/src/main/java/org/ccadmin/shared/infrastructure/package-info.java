/**
 * Infrastructure of the shared kernel: schema migrations, the clock, the audit trail's JPA side and the
 * generic paged search every repository uses.
 */
package org.ccadmin.shared.infrastructure;
