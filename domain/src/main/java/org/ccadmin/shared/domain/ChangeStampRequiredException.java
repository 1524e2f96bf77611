package org.ccadmin.shared.domain;

/** Updates and deletes must say which version they act on; this one did not. */
public class ChangeStampRequiredException extends DomainException {

    public ChangeStampRequiredException() {
        super("changeStampRequired", "This change must say which version it applies to: send the resource's changeStamp "
                + "in the body (or the changeStamp query parameter for a delete) or its ETag in an If-Match header.");
    }
}
