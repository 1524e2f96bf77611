package org.ccadmin.bulk.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccadmin.agents.domain.Agent;
import org.ccadmin.bulk.domain.BulkJobRow;
import org.ccadmin.bulk.domain.ChunkLookups;
import org.ccadmin.bulk.domain.ContentFile;
import org.ccadmin.bulk.domain.RowOutcome;
import org.ccadmin.bulk.domain.RowResult;
import org.ccadmin.bulk.domain.SsoMigrationRow;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Names;

/**
 * Applies a chunk of an SSO migration file in the caller's transaction: each named agent gets SSO on and,
 * when the row gives another name, its new user name, through {@link Agent#revise} (the same user name rule
 * and uniqueness as everywhere). An agent refused half-way is detached, so none of its changes are stored.
 */
@Dependent
public class SsoRows {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ChunkLookups lookups;

    @Inject
    private ChangeLog changes;

    public List<RowResult> apply(List<BulkJobRow> rows, String actor, boolean dryRun) {
        Map<BulkJobRow, Object> parsed = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (BulkJobRow row : rows) {
            try {
                SsoMigrationRow r = SsoMigrationRow.parse(ContentFile.cells(row.content()));
                parsed.put(row, r);
                keys.add(Names.key(r.userName()));
                if (r.draft().userName() != null) {
                    keys.add(Names.key(r.draft().userName()));
                }
            } catch (InvalidInputException e) {
                parsed.put(row, RowResult.failed(BulkMessages.of(e)));
            }
        }
        Map<String, Agent> byUser = new HashMap<>(lookups.agentsByUserName(keys));
        List<RowResult> results = new ArrayList<>();
        for (Object p : parsed.values()) {
            if (p instanceof RowResult refused) {
                results.add(refused);
                continue;
            }
            SsoMigrationRow row = (SsoMigrationRow) p;
            Agent agent = byUser.get(Names.key(row.userName()));
            try {
                results.add(migrate(row, agent, byUser, actor, dryRun));
            } catch (DomainException e) {
                if (agent != null) {
                    em.detach(agent);
                    byUser.remove(Names.key(row.userName()));
                }
                results.add(RowResult.failed(BulkMessages.of(e)));
            }
        }
        return results;
    }

    private RowResult migrate(SsoMigrationRow row, Agent agent, Map<String, Agent> byUser, String actor, boolean dryRun) {
        if (agent == null) {
            throw InvalidInputException.of("userName", "invalidInput.unknownAgent", "The specified agent userName does not exist: "
                    + row.userName() + ".");
        }
        String newName = row.draft().userName();
        if (newName != null) {
            Agent holder = byUser.get(Names.key(newName));
            if (holder != null && holder != agent) {
                throw BulkMessages.duplicate("newUserName", "An agent with userName '" + newName + "' already exists (ignoring case).");
            }
        }
        Map<String, Object> before = agent.auditState();
        try {
            agent.revise(row.draft());
        } catch (InvalidInputException e) {
            // The file's newUserName is the agent's userName to be: name the column the administrator filled.
            throw new InvalidInputException(e.errors().stream().map(f -> f.field().equals("userName")
                    ? new org.ccadmin.shared.domain.FieldError("newUserName", f.code(), f.message().replaceFirst("^userName", "newUserName"))
                    : f).toList());
        }
        changes.updated(agent, before, actor);
        byUser.remove(Names.key(row.userName()));
        byUser.put(Names.key(agent.userName()), agent);
        String what = newName == null ? "SSO enabled" : "SSO enabled, userName " + row.userName() + " renamed to " + newName;
        return new RowResult(RowOutcome.UPDATED, (dryRun ? "Would update /api/v1/agents/" : "Updated /api/v1/agents/") + agent.id()
                + " (" + what + ")", List.of());
    }
}
