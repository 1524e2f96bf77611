package org.ccadmin.shared.domain;

import java.util.Map;

/** A configuration item whose changes are recorded: it says what it is and what its state is now. */
public interface Auditable {

    String auditType();

    Long auditId();

    String auditName();

    /** The recorded fields and their current values, in a stable order; secrets never appear here. */
    Map<String, Object> auditState();
}
