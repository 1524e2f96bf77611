/**
 * What the license authority holds: smart accounts with their virtual accounts, the licenses purchased into
 * each virtual account (one pool shared by every product instance registered there), registration tokens,
 * the registered product instances, and their usage: every {@code UsageReport} as received and, per pool
 * line ({@code PoolLine}: entitlement, license type, usage mode) and window, the {@code PoolWindow} verdict
 * folded with the shared {@code OverageRule}. Entities enforce their rules in their constructors and verbs; a rule
 * that depends on "now" takes the instant. Protocol refusals are the shared {@code ProtocolException} codes.
 */
package org.ccadmin.authority.domain;
