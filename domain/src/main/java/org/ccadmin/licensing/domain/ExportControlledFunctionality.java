package org.ccadmin.licensing.domain;

/** Whether the registration token allowed export-controlled functionality (higher encryption levels). */
public enum ExportControlledFunctionality {
    ALLOWED("Allowed"),
    NOT_ALLOWED("Not Allowed");

    private final String displayText;

    ExportControlledFunctionality(String displayText) {
        this.displayText = displayText;
    }

    public String displayText() {
        return displayText;
    }
}
