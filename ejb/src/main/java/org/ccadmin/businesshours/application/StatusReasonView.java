package org.ccadmin.businesshours.application;

import org.ccadmin.businesshours.domain.StatusReason;

/** A status reason; {@code category} is "System-defined" or "User-defined", as in the modelled system. */
public record StatusReasonView(long id, int code, String text, String category, long changeStamp) {

    public static StatusReasonView of(StatusReason r) {
        return new StatusReasonView(r.id(), r.code(), r.text(), r.system() ? "System-defined" : "User-defined", r.changeStamp());
    }
}
