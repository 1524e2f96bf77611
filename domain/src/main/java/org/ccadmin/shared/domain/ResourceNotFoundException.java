package org.ccadmin.shared.domain;

/** The addressed resource does not exist (or no longer exists). */
public class ResourceNotFoundException extends DomainException {

    public ResourceNotFoundException(String resourceType, Object id) {
        super("notFound", "No " + resourceType + " with id " + id + " exists.");
    }
}
