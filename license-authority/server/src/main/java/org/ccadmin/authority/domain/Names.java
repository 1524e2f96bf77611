package org.ccadmin.authority.domain;

import java.util.Locale;

/** Names are unique regardless of case: "Acme" and "ACME" are the same account. */
final class Names {

    static final int MAX = 100;

    private Names() {
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
