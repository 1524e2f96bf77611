/**
 * What the license authority holds: smart accounts with their virtual accounts, the licenses purchased into
 * each virtual account (one pool shared by every product instance registered there), registration tokens,
 * and the registered product instances. Entities enforce their rules in their constructors and verbs; a rule
 * that depends on "now" takes the instant. Protocol refusals are the shared {@code ProtocolException} codes.
 */
package org.ccadmin.authority.domain;
