package org.ccadmin.licensing.protocol;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The signed payload of every message: what it is, which request it answers, when and for whom it was
 * issued, and its body. {@code inResponseTo} is null in requests.
 */
public record Envelope(MessageType type, UUID messageId, UUID inResponseTo, Instant issuedAt, String audience,
        JsonObject body) {

    /** Requests are addressed to the authority. */
    public static final String AUTHORITY_AUDIENCE = "authority";

    public Envelope {
        Fields.required(type, "type");
        Fields.required(messageId, "messageId");
        Fields.required(issuedAt, "issuedAt");
        Fields.required(audience, "audience");
        Fields.required(body, "body");
    }

    /** A new request with a fresh message id, issued now (to the second, as it travels). */
    public static Envelope request(MessageType type, JsonObject body, Clock clock) {
        return new Envelope(type, UUID.randomUUID(), null, now(clock), AUTHORITY_AUDIENCE, body);
    }

    /** The answer to {@code request}, addressed to {@code audience} (the instance id, or the request's id before registration). */
    public static Envelope response(Envelope request, MessageType type, String audience, JsonObject body, Clock clock) {
        return new Envelope(type, UUID.randomUUID(), request.messageId(), now(clock), audience, body);
    }

    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    public JsonObject toJson() {
        JsonObjectBuilder b = Fields.builder()
                .add("type", type.wireName())
                .add("messageId", messageId.toString());
        if (inResponseTo != null) {
            b.add("inResponseTo", inResponseTo.toString());
        }
        return b.add("issuedAt", issuedAt.toString())
                .add("audience", audience)
                .add("body", body)
                .build();
    }

    public static Envelope fromJson(JsonObject o) {
        String inResponseTo = Fields.optionalString(o, "inResponseTo");
        return new Envelope(MessageType.fromWire(Fields.string(o, "type")),
                Fields.uuid(Fields.string(o, "messageId"), "messageId"),
                inResponseTo == null ? null : Fields.uuid(inResponseTo, "inResponseTo"),
                Fields.instant(o, "issuedAt"),
                Fields.string(o, "audience"),
                Fields.object(o, "body"));
    }
}
