package org.ccadmin.licensing.domain;

import java.time.Instant;
import org.ccadmin.shared.domain.ConflictException;

/**
 * Adding agents was refused because the product instance is in the Enforcement state: the problem
 * {@code licensing.enforced}, whose detail says why (the enforcement reason and since when) and how to get out
 * (the reason's remedy).
 */
public class LicensingEnforcedException extends ConflictException {

    public static final String CODE = "licensing.enforced";

    private final EnforcementReason reason;
    private final Instant since;

    public LicensingEnforcedException(Enforcement enforcement, int count) {
        super(CODE, (count == 1 ? "The agent cannot be added" : "The " + count + " agents cannot be added")
                + ": the product instance is in the Enforcement state (" + enforcement.reason().displayText()
                + " since " + enforcement.since() + "), which blocks adding agents. " + enforcement.reason().remedy()
                + " Existing agents and every other operation keep working.");
        this.reason = enforcement.reason();
        this.since = enforcement.since();
    }

    public EnforcementReason reason() {
        return reason;
    }

    public Instant since() {
        return since;
    }
}
