package org.ccadmin.licensing.domain;

/** Production carries live traffic; Non-Production is for labs, testing and staging (and says so in a banner). */
public enum UsageMode {
    PRODUCTION("Production"),
    NON_PRODUCTION("Non-Production");

    private final String displayText;

    UsageMode(String displayText) {
        this.displayText = displayText;
    }

    public String displayText() {
        return displayText;
    }
}
