package org.ccadmin.shared.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.InvalidInputException;

/**
 * The changeStamp travels as the strong ETag {@code "<changeStamp>"}. A client may present the version it
 * edits in an If-Match header (stale → 412) or as data (body field or query parameter; stale → 409);
 * neither → 428.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long changeStamp) {
        return new EntityTag(Long.toString(changeStamp));
    }

    /** For DELETE: the version as the {@code changeStamp} query parameter (text, so a bad value is named). */
    public static ChangeStamp presentedForDelete(HttpHeaders headers, String queryParameter) {
        Long value = null;
        if (queryParameter != null && !queryParameter.isBlank()) {
            try {
                value = Long.parseLong(queryParameter.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("changeStamp", "invalidInput.wrongType", "changeStamp must be a whole number.");
            }
        }
        return presented(headers, value);
    }

    public static ChangeStamp presented(HttpHeaders headers, Long asData) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                return ChangeStamp.ifMatch(Long.parseLong(tag));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("If-Match", "invalidInput.ifMatch",
                        "If-Match must carry the ETag of the resource, e.g. \"3\".");
            }
        }
        return ChangeStamp.of(asData);
    }
}
