package org.ccadmin.bulk.domain;

import java.util.List;
import org.ccadmin.agents.domain.AgentDraft;
import org.ccadmin.shared.domain.Violations;

/**
 * One row of an SSO migration file: the agent {@code userName} (required) is SSO-enabled and, when
 * {@code newUserName} is given and differs, renamed to it (its SSO identity). First and last names, when
 * given, are updated too. Deleting a row from the template skips that agent.
 */
public record SsoMigrationRow(String userName, AgentDraft draft) {

    public static SsoMigrationRow parse(List<String> cells) {
        String userName = cell(cells, 0);
        Violations v = new Violations();
        if (userName.isEmpty()) {
            v.add("userName", "invalidInput.fieldRequired", "userName is required.");
        }
        v.throwIfAny();
        String newName = cell(cells, 3);
        String rename = newName.isEmpty() || newName.equals(userName) ? null : newName;
        String first = cell(cells, 1);
        String last = cell(cells, 2);
        return new SsoMigrationRow(userName, new AgentDraft(null, rename, first.isEmpty() ? null : first,
                last.isEmpty() ? null : last, null, null, null, true, null, null));
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
    }
}
