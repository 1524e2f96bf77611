/**
 * License Management: the product instance's Smart-Licensing-style lifecycle (evaluation, registration with
 * an ID certificate, authorization of entitlements, expiry and enforcement), its license type and usage mode,
 * and the deployment type that constrains them. Every state is computed from recorded facts and an instant
 * ({@link org.ccadmin.licensing.domain.ProductInstance#status}), so a timer, a page and a test all see the same
 * answer for the same moment; the exchanges with the licensing authority happen outside and come in as values
 * ({@link org.ccadmin.licensing.domain.IdCertificate}, {@link org.ccadmin.licensing.domain.Authorization}).
 * The periods and the reading of the modelled system's rules are in {@code docs/licensing-lifecycle.md}.
 */
package org.ccadmin.licensing.domain;
