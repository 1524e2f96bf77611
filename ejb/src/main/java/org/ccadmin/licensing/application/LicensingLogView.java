package org.ccadmin.licensing.application;

import java.time.Instant;
import org.ccadmin.licensing.domain.LicensingLogEntry;

/** One line of the licensing log. */
public record LicensingLogView(long id, Instant occurredAt, String kind, String summary, String detail) {

    static LicensingLogView of(LicensingLogEntry e) {
        return new LicensingLogView(e.id(), e.occurredAt(), e.kind().name(), e.summary(), e.detail());
    }
}
