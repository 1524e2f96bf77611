/**
 * The authority's use cases. Administration ({@code *Service}, role {@code authority-admin}) manages accounts,
 * purchases, tokens and product instances; {@link org.ccadmin.authority.application.SmartLicensingExchange}
 * answers the product's signed requests. Start-up beans bring the schema up to date ({@code AuthoritySchema}),
 * make or load the authority's key pair, and settle the administrator's credentials. Everything that must
 * hold across a cluster (keys, seen message ids, the simulated clock's offset) is in the database.
 */
package org.ccadmin.authority.application;
