package org.ccadmin.bulk.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccadmin.identity.domain.Role;

/**
 * Continues jobs that lost their node. When this server starts, the jobs it was running before it stopped
 * (crash, kill, shutdown) are continued here at once; every minute (a persistent timer: it fires once in the
 * cluster) jobs of any node whose heartbeat is older than {@code ccadmin.bulk.takeover-after} are taken over
 * by the node that claims them first. A continued job skips the rows that have a result, so its data ends
 * as if it had run once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RunAs(Role.ADMINISTRATOR)
public class BulkJobRecovery {

    private static final Logger LOG = Logger.getLogger(BulkJobRecovery.class.getName());
    private static final String OWN = "bulk-job-recovery-own";

    @Resource
    private TimerService timers;

    @Inject
    private BulkJobRuns runs;

    @Inject
    private Clock clock;

    /** When this deployment started: the jobs this node beat for before are its lost runs, later ones are alive. */
    private volatile Instant bootedAt;

    @PostConstruct
    void atStartUp() {
        bootedAt = clock.instant();
        // Not in start-up itself: the batch runtime and the rest of the deployment must be up first. Node-local
        // by nature (this node's own orphans), hence not persistent.
        timers.createSingleActionTimer(5_000, new TimerConfig(OWN, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void ownOrphans(Timer timer) {
        continueOrphans(bootedAt);
    }

    @Schedule(persistent = true, info = "bulk-job-recovery", hour = "*", minute = "*", second = "30")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void stalled() {
        continueOrphans(null);
    }

    // Bean-managed concurrency: the two timers may overlap; claiming in the database keeps them from taking a
    // job twice.
    private void continueOrphans(Instant ownBefore) {
        try {
            List<Long> claimed = runs.orphans(ownBefore);
            for (Long jobId : claimed) {
                LOG.info(() -> "Bulk job " + jobId + " lost its run; continuing it on this node");
                runs.launched(jobId, runs.launch(jobId));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not continue interrupted bulk jobs", e);
        }
    }
}
