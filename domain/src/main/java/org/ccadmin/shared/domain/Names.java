package org.ccadmin.shared.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name and description rule of the modelled system, shared by every resource type: a name is 1 to 32
 * characters of {@code A-Z a-z 0-9 . _}, starting with a letter or digit; a description has at most 255
 * characters. Names are unique per resource type regardless of letter case, so {@link #key} is what
 * uniqueness is checked on.
 */
public final class Names {

    public static final int NAME_MAX = 32;
    public static final int DESCRIPTION_MAX = 255;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._]{0,31}");

    private Names() {
    }

    public static void checkName(Violations v, String field, String name) {
        if (name == null || name.isEmpty()) {
            v.add(field, "invalidInput.fieldRequired", field + " is required.");
        } else if (name.length() > NAME_MAX) {
            v.add(field, "invalidInput.fieldLengthExceeded", field + " must be at most " + NAME_MAX + " characters long.");
        } else if (!NAME.matcher(name).matches()) {
            v.add(field, "invalidInput.invalidCharacters", field
                    + " may contain only letters A-Z, digits, '.' and '_', and must start with a letter or digit.");
        }
    }

    public static void checkDescription(Violations v, String field, String description) {
        v.maxLength(field, description, DESCRIPTION_MAX);
    }

    /** The form in which names are compared for uniqueness. */
    public static String key(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    /** Blank descriptions are stored as absent, so "" and null never differ. */
    public static String normalizeDescription(String description) {
        return description == null || description.isBlank() ? null : description;
    }
}
