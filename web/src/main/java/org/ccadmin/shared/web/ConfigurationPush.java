package org.ccadmin.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccadmin.licensing.application.SystemAlertsChanged;
import org.ccadmin.bulk.domain.BulkJobProgressed;
import org.ccadmin.businesshours.application.BusinessHourStatusChanged;
import org.ccadmin.licensing.domain.LicenseStateChanged;
import org.ccadmin.shared.application.ConfigurationChanged;
import org.ccadmin.skills.domain.QueueCountsChanged;

/**
 * Tells every open console page that a configuration item changed, whoever changed it (another
 * administrator, the API, a bulk job). It pushes the resource type ({@code mediaRoutingDomain},
 * {@code bucketInterval}, …) on the application-wide channel {@code configuration}; list pages listen with
 * {@code <f:websocket channel="configuration">} and re-render their table on their own type. Only committed
 * changes are pushed: a rolled-back change must never appear on a page. On a cluster each node pushes to
 * the pages connected to it only. A licensing transition (a timer's renewal, a passed deadline) is pushed as
 * {@code licensing}, like a configuration change of the License Management settings; a change of a machine's
 * system alerts as {@code alerts} (the console layout listens to both: banner, Alerts button); a bulk job's
 * progress as {@code bulkJob}; the precision queues whose agent counts may have moved (agents' attribute values or a
 * queue's steps changed) on the channel {@code precisionQueueCounts}, as their comma-separated ids.
 */
@ApplicationScoped
public class ConfigurationPush {

    private static final Logger LOG = Logger.getLogger(ConfigurationPush.class.getName());

    // Injected while no session exists (see start), so the push context addresses the application-scoped
    // channel and never one of the session or view that happened to create this bean.
    @Inject
    @Push(channel = "configuration")
    private PushContext configuration;

    @Inject
    @Push(channel = "precisionQueueCounts")
    private PushContext queueCounts;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Instantiates the bean at deployment.
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfigurationChanged change) {
        try {
            configuration.send(change.resourceType());
        } catch (RuntimeException e) {
            // The change is committed; a page that misses the push shows it on its next reload.
            LOG.log(Level.WARNING, "Could not push the change of " + change.resourceType() + " " + change.id(), e);
        }
    }

    /** A bulk job moved on (started, a chunk committed, ended): the Bulk Import page redraws its progress. */
    void bulkJobProgressed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BulkJobProgressed progress) {
        try {
            configuration.send("bulkJob");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not push the progress of bulk job " + progress.jobId(), e);
        }
    }

    /**
     * Agents' values or a queue's steps changed: the ids of the queues whose counts may have moved, sorted and
     * comma-separated, on the channel {@code precisionQueueCounts}; a queue page re-reads its counts when its
     * id is listed.
     */
    void queueCountsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueCountsChanged change) {
        try {
            queueCounts.send(change.queueIds().stream().sorted().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",")));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not push the count change of precision queues " + change.queueIds(), e);
        }
    }

    void licensingChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) LicenseStateChanged change) {
        try {
            configuration.send("licensing");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not push the licensing change " + change.cause(), e);
        }
    }

    /** A business hour opened or closed by itself (a boundary of its schedule passed): its status is pushed as {@code businessHourStatus}. */
    void businessHourStatusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BusinessHourStatusChanged change) {
        try {
            configuration.send("businessHourStatus");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not push the status change of business hours " + change.ids(), e);
        }
    }

    void alertsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SystemAlertsChanged change) {
        try {
            configuration.send("alerts");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not push the alerts of " + change.nodeName(), e);
        }
    }
}
