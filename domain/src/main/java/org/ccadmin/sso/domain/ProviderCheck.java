package org.ccadmin.sso.domain;

/** One finding of the identity provider test: what was checked, whether it is ok, a warning or a failure, and why. */
public record ProviderCheck(String name, Status status, String detail) {

    public enum Status { OK, WARN, FAIL }

    public static ProviderCheck ok(String name, String detail) {
        return new ProviderCheck(name, Status.OK, detail);
    }

    public static ProviderCheck warn(String name, String detail) {
        return new ProviderCheck(name, Status.WARN, detail);
    }

    public static ProviderCheck fail(String name, String detail) {
        return new ProviderCheck(name, Status.FAIL, detail);
    }
}
