package org.ccadmin.bulk.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ccadmin.agents.domain.AgentDraft;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Violations;

/**
 * One row of an agent content file, read as the modelled system reads it. {@code operation} is CREATE,
 * UPDATE or DELETE in any case; rows are matched to agents by user name (ignoring case), which makes
 * every operation idempotent per user name. On UPDATE a blank cell leaves the value as it is and {@code ~}
 * clears it (booleans go back to their default); on CREATE both mean "the default". {@code attributes} is
 * {@code name=value} pairs separated by {@code ;} (a name alone: the attribute's default value) and, when
 * given, is the agent's complete set; {@code supervisorTeams} is a {@code ;} list of team names. Columns for
 * concepts ccadmin does not model (desk settings, skill groups, department) must stay empty. What the
 * values must be (lengths, characters, types) is the agent's own rule, checked when the row is applied.
 */
public record AgentRow(Operation operation, String agentId, String userName, AgentDraft draft, Change<String> team,
        Change<Map<String, String>> attributes, Change<Set<String>> supervisorTeams) {

    /** The cell that clears a value on UPDATE. */
    public static final String CLEAR = "~";

    private static final List<String> UNMODELLED = List.of("agentDeskSettingsName", "skillGroups", "defaultSkillGroup",
            "departmentName");

    public enum Operation { CREATE, UPDATE, DELETE }

    /**
     * Reads the cells (in {@link BulkJobType#AGENT} column order). {@code defaultDescription} is the description
     * of a created agent whose cell is blank (the modelled system puts the job there). Refusals name the column.
     */
    public static AgentRow parse(List<String> cells, String defaultDescription) {
        Map<String, String> c = new LinkedHashMap<>();
        List<String> columns = BulkJobType.AGENT.columns();
        for (int i = 0; i < columns.size(); i++) {
            c.put(columns.get(i), i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "");
        }
        Violations v = new Violations();
        Operation op = operation(v, c.get("operation"));
        String userName = c.get("userName");
        if (userName.isEmpty() || userName.equals(CLEAR)) {
            v.add("userName", "invalidInput.fieldRequired", "userName is required.");
        }
        for (String column : UNMODELLED) {
            String value = c.get(column);
            if (!value.isEmpty() && !value.equals(CLEAR)) {
                v.add(column, "invalidInput.notModelled", column + " must be empty: ccadmin does not model "
                        + (column.equals("departmentName") ? "departments" : column.equals("agentDeskSettingsName")
                        ? "agent desk settings" : "skill groups") + ".");
            }
        }
        v.throwIfAny();
        String agentId = c.get("agentId").isEmpty() || c.get("agentId").equals(CLEAR) ? null : c.get("agentId");
        if (op == Operation.DELETE) {
            return new AgentRow(op, agentId, userName, null, Change.unchanged(), Change.unchanged(), Change.unchanged());
        }
        boolean create = op == Operation.CREATE;
        AgentDraft draft = new AgentDraft(agentId, userName, text(c.get("firstName"), create), text(c.get("lastName"), create),
                create && isBlank(c.get("description")) ? defaultDescription : text(c.get("description"), create),
                password(c.get("password"), create), bool(v, "loginEnabled", c.get("loginEnabled"), true, create),
                bool(v, "ssoEnabled", c.get("ssoEnabled"), false, create),
                bool(v, "agentStateTrace", c.get("agentStateTrace"), false, create),
                bool(v, "supervisor", c.get("supervisor"), false, create));
        Change<String> team = change(c.get("agentTeamName"), s -> s);
        Change<Map<String, String>> attributes = change(c.get("attributes"), s -> pairs(v, s));
        Change<Set<String>> supervised = change(c.get("supervisorTeams"), s -> names(v, s));
        v.throwIfAny();
        return new AgentRow(op, agentId, userName, draft, team, attributes, supervised);
    }

    private static Operation operation(Violations v, String cell) {
        try {
            return Operation.valueOf(cell.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add("operation", "invalidInput.operation", "operation must be CREATE, UPDATE or DELETE, not '" + cell + "'.");
            return null;
        }
    }

    private static boolean isBlank(String cell) {
        return cell.isEmpty() || cell.equals(CLEAR);
    }

    /** Null: unchanged; "": cleared. */
    private static String text(String cell, boolean create) {
        if (cell.equals(CLEAR)) {
            return create ? null : "";
        }
        return cell.isEmpty() ? null : cell;
    }

    /** Null: unchanged (no password on create); empty: remove the stored one. */
    private static char[] password(String cell, boolean create) {
        if (cell.equals(CLEAR)) {
            return create ? null : new char[0];
        }
        return cell.isEmpty() ? null : cell.toCharArray();
    }

    private static Boolean bool(Violations v, String field, String cell, boolean defaultValue, boolean create) {
        if (cell.isEmpty()) {
            return create ? defaultValue : null;
        }
        if (cell.equals(CLEAR)) {
            return defaultValue;
        }
        if (cell.matches("(?i)true|false")) {
            return Boolean.parseBoolean(cell.toLowerCase(Locale.ROOT));
        }
        v.add(field, "invalidInput.booleanValue", field + " must be true or false, not '" + cell + "'.");
        return null;
    }

    private static <T> Change<T> change(String cell, java.util.function.Function<String, T> parse) {
        if (cell.isEmpty()) {
            return Change.unchanged();
        }
        return cell.equals(CLEAR) ? Change.clear() : Change.to(parse.apply(cell));
    }

    /** {@code name=value;name=value}, names unique ignoring case; a name alone has an empty value (the default). */
    private static Map<String, String> pairs(Violations v, String cell) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        for (String part : cell.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String name = (eq < 0 ? p : p.substring(0, eq)).strip();
            String value = eq < 0 ? "" : p.substring(eq + 1).strip();
            if (name.isEmpty()) {
                v.add("attributes", "invalidInput.attributes", "attributes must be name=value pairs separated by ';' ('"
                        + p + "' has no name).");
            } else if (!keys.add(Names.key(name))) {
                v.add("attributes", "invalidInput.duplicate", "Attribute '" + name + "' is listed twice.");
            } else {
                pairs.put(name, value);
            }
        }
        return pairs;
    }

    private static Set<String> names(Violations v, String cell) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (String part : cell.split(";")) {
            String n = part.strip();
            if (!n.isEmpty() && keys.add(Names.key(n))) {
                names.add(n);
            } else if (!n.isEmpty()) {
                duplicates.add(n);
            }
        }
        if (!duplicates.isEmpty()) {
            v.add("supervisorTeams", "invalidInput.duplicate", "Team '" + duplicates.get(0) + "' is listed twice.");
        }
        return names;
    }

    /** The refusal of a row as the log and result file show it: {@code field: message}. */
    public static String describe(InvalidInputException e) {
        return String.join(" ", e.errors().stream().map(f -> f.field() + ": " + f.message()).toList());
    }
}
