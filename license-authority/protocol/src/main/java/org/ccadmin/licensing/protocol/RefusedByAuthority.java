package org.ccadmin.licensing.protocol;

/** A signed, verified {@code refused} answer: the authority's own code and message. */
public class RefusedByAuthority extends ProtocolException {

    public RefusedByAuthority(Refused refusal) {
        super(refusal.code(), refusal.message());
    }
}
