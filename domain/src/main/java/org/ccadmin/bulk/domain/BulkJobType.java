package org.ccadmin.bulk.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of content file, each with its columns in the modelled system's order and an example row for
 * its template. {@link #path} is the name used in URLs ({@code /bulk-jobs/templates/agent}).
 */
public enum BulkJobType {

    AGENT("agent", List.of("operation", "agentId", "userName", "firstName", "lastName", "password", "loginEnabled",
            "ssoEnabled", "description", "agentStateTrace", "agentDeskSettingsName", "agentTeamName", "skillGroups",
            "defaultSkillGroup", "attributes", "supervisor", "supervisorTeams", "departmentName"),
            List.of("CREATE", "", "asmith", "Alice", "Smith", "", "true", "false", "Day shift", "false", "", "Sales", "", "",
                    "English=7;Spanish=3;Chat=true", "false", "", "")),
    SSO_MIGRATION("ssomigration", List.of("userName", "firstName", "lastName", "newUserName"),
            List.of("asmith", "Alice", "Smith", "alice.smith@example.com"));

    private final String path;
    private final List<String> columns;
    private final List<String> example;

    BulkJobType(String path, List<String> columns, List<String> example) {
        this.path = path;
        this.columns = columns;
        this.example = example;
    }

    public String path() {
        return path;
    }

    public List<String> columns() {
        return columns;
    }

    public List<String> example() {
        return example;
    }

    /** Index of the column holding a password, or -1. */
    public int passwordColumn() {
        return columns.indexOf("password");
    }

    /** By URL name ({@code agent}, {@code ssomigration}) or enum name, ignoring case. */
    public static Optional<BulkJobType> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.path.equals(n) || t.name().toLowerCase(Locale.ROOT).equals(n)).findFirst();
    }
}
