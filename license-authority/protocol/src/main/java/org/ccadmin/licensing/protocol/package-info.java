/**
 * What ccadmin and the license authority share: the licensing protocol and (in
 * {@code org.ccadmin.support.migration}) the schema runner. Both deployables bundle this jar; neither
 * depends on the other's code.
 *
 * <p>Every message is a JWS compact serialization signed with Ed25519 ({@link SignedMessage}) around an
 * {@link Envelope} whose body is one of the small records of this package ({@link RegisterRequest},
 * {@link Registered}, …). A receiver parses, verifies against the key it trusts, and checks freshness and the
 * answer it expects with {@link MessageAcceptance}; every failure is a {@link ProtocolException} carrying a
 * stable {@link ProtocolException#code() code}. Registration tokens ({@link RegistrationToken}) bind the
 * authority's public key, so the product can trust the first answer. The wire format is described in
 * {@code docs/licensing-protocol.md}.
 */
package org.ccadmin.licensing.protocol;
