package org.ccadmin.it;

import java.security.SecureRandom;

/**
 * Names no other test (and no earlier run on a reused server) has used. Names allow A-Za-z0-9._ and at
 * most 32 characters, so a prefix plus eight random characters stays well inside the rule.
 */
public final class Unique {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Unique() {
    }

    /** Eight random letters (no digits, so a suffix never looks like an id to a text search). */
    public static String suffix() {
        StringBuilder s = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    public static String name(String prefix) {
        return prefix + "_" + suffix();
    }
}
