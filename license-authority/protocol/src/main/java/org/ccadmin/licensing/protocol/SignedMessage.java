package org.ccadmin.licensing.protocol;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Set;

/**
 * One message on the wire: a JWS compact serialization (RFC 7515) with an Ed25519 signature (RFC 8037)
 * over an {@link Envelope}. {@link #parse} only checks the form; nothing in the envelope may be believed
 * before {@link #verify} has checked the signature against a key the receiver already trusts (or, for a
 * {@code register} request, the key the request itself carries, as proof of possession).
 */
public final class SignedMessage {

    public static final String MEDIA_TYPE = "application/jose";
    public static final String ALGORITHM = "EdDSA";
    public static final String TYPE = "ccadmin-licensing+jws";
    /** Far above any real message; a bigger body is refused before it is decoded. */
    public static final int MAX_LENGTH = 64 * 1024;
    private static final Set<String> HEADER_FIELDS = Set.of("alg", "typ", "kid");

    private final String keyId;
    private final Envelope envelope;
    private final byte[] signingInput;
    private final byte[] signature;

    private SignedMessage(String keyId, Envelope envelope, byte[] signingInput, byte[] signature) {
        this.keyId = keyId;
        this.envelope = envelope;
        this.signingInput = signingInput;
        this.signature = signature;
    }

    /** Signs {@code envelope} with the signer's private key; the header names the signer's public key. */
    public static String sign(Envelope envelope, KeyPair signer) {
        JsonObject header = Json.createObjectBuilder().add("alg", ALGORITHM).add("typ", TYPE)
                .add("kid", SigningKeys.keyId(signer.getPublic())).build();
        String input = part(header) + "." + part(envelope.toJson());
        try {
            Signature s = Signature.getInstance(SigningKeys.ALGORITHM);
            s.initSign(signer.getPrivate());
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64Url.encode(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with an Ed25519 key", e);
        }
    }

    /** Checks the form only; a message of the wrong shape, algorithm or type is {@code message.malformed}. */
    public static SignedMessage parse(String compact) {
        if (compact == null || compact.isBlank()) {
            throw Fields.malformed("The body is empty; a JWS compact serialization is expected.");
        }
        String text = compact.strip();
        if (text.length() > MAX_LENGTH) {
            throw Fields.malformed("The message is longer than " + MAX_LENGTH + " characters.");
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw Fields.malformed("A JWS compact serialization has three non-empty parts separated by dots.");
        }
        JsonObject header = json(Base64Url.decode(parts[0], "The JWS header"), "The JWS header");
        if (!HEADER_FIELDS.containsAll(header.keySet())) {
            throw Fields.malformed("The JWS header may only hold alg, typ and kid.");
        }
        if (!ALGORITHM.equals(Fields.optionalString(header, "alg"))) {
            throw Fields.malformed("The JWS algorithm must be " + ALGORITHM + ".");
        }
        if (!TYPE.equals(Fields.optionalString(header, "typ"))) {
            throw Fields.malformed("The JWS type must be " + TYPE + ".");
        }
        String keyId = Fields.string(header, "kid");
        Envelope envelope = Envelope.fromJson(json(Base64Url.decode(parts[1], "The JWS payload"), "The JWS payload"));
        byte[] signature = Base64Url.decode(parts[2], "The JWS signature");
        return new SignedMessage(keyId, envelope, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), signature);
    }

    /** The signer's key id as the header claims it (not yet verified). */
    public String keyId() {
        return keyId;
    }

    /** The envelope before verification: only to find which key should verify it (e.g. the instance id). */
    public Envelope unverifiedEnvelope() {
        return envelope;
    }

    /** The envelope, if {@code key} signed this message; otherwise {@code message.badSignature}. */
    public Envelope verify(PublicKey key) {
        byte[] expectedId = SigningKeys.keyId(key).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expectedId, keyId.getBytes(StandardCharsets.US_ASCII))) {
            throw new ProtocolException(ProtocolException.BAD_SIGNATURE, "The message is not signed with the expected key.");
        }
        try {
            Signature s = Signature.getInstance(SigningKeys.ALGORITHM);
            s.initVerify(key);
            s.update(signingInput);
            if (!s.verify(signature)) {
                throw new ProtocolException(ProtocolException.BAD_SIGNATURE, "The message signature does not verify.");
            }
        } catch (java.security.SignatureException e) {
            throw new ProtocolException(ProtocolException.BAD_SIGNATURE, "The message signature does not verify.", e);
        } catch (GeneralSecurityException e) {
            throw new ProtocolException(ProtocolException.BAD_SIGNATURE, "The key cannot verify an Ed25519 signature.", e);
        }
        return envelope;
    }

    private static String part(JsonObject json) {
        return Base64Url.encode(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(byte[] bytes, String what) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw Fields.malformed(what + " is not a JSON object.");
        }
    }
}
