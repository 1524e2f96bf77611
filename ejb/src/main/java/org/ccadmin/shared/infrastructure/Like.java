package org.ccadmin.shared.infrastructure;

import java.util.Locale;

/**
 * The "contains, ignoring case" pattern of free-text search. SQL wildcards typed by a user are taken literally
 * (escaped with backslash, the escape character every query passes to LIKE).
 */
public final class Like {

    public static final char ESCAPE = '\\';

    private Like() {
    }

    public static String contains(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
