package org.ccadmin.shared.domain;

/** Names one resource that refers to another, e.g. a precision queue using a media routing domain. */
public record Reference(String resourceType, long id, String name) {
}
