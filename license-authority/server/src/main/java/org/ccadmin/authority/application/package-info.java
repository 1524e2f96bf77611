/**
 * The authority's use cases. Administration ({@code *Service}, role {@code authority-admin}) manages accounts,
 * purchases, tokens and product instances; {@link org.ccadmin.authority.application.SmartLicensingExchange}
 * answers the product's signed requests ({@code UsageReporting} the usage reports, under a lock on the virtual
 * account so one pool's reports are folded one at a time on any node; {@code PoolUsageService} shows what was
 * decided). Start-up beans bring the schema up to date ({@code AuthoritySchema}),
 * make or load the authority's key pair, and settle the administrator's credentials. Everything that must
 * hold across a cluster (keys, seen message ids, usage reports and pool states, the simulated clock's offset) is in the database.
 */
package org.ccadmin.authority.application;
