package org.ccadmin.bulk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bulk job settings (system properties or environment, read through MicroProfile Config):
 * {@code ccadmin.bulk.max-file-bytes} (default 32 MiB: 72,000 agents with attributes fit),
 * {@code ccadmin.bulk.max-rows} (72,000, the agents a system holds), {@code ccadmin.bulk.chunk-size}
 * (rows per transaction, 500), {@code ccadmin.bulk.retained-jobs} (finished jobs kept, 200: the oldest go
 * first) and {@code ccadmin.bulk.takeover-after} (a job whose node gave no sign of life this long is
 * continued by another node, PT2M).
 */
@ApplicationScoped
public class BulkSettings {

    @Inject
    @ConfigProperty(name = "ccadmin.bulk.max-file-bytes", defaultValue = "33554432")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "ccadmin.bulk.max-rows", defaultValue = "72000")
    int maxRows;

    @Inject
    @ConfigProperty(name = "ccadmin.bulk.chunk-size", defaultValue = "500")
    int chunkSize;

    @Inject
    @ConfigProperty(name = "ccadmin.bulk.retained-jobs", defaultValue = "200")
    int retainedJobs;

    @Inject
    @ConfigProperty(name = "ccadmin.bulk.takeover-after", defaultValue = "PT2M")
    Duration takeoverAfter;

    /** This server's node name: a node that starts again knows that the jobs it ran before are orphans. */
    public String node() {
        return System.getProperty("jboss.node.name", "ccadmin");
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public int maxRows() {
        return maxRows;
    }

    public int chunkSize() {
        return chunkSize;
    }

    public int retainedJobs() {
        return retainedJobs;
    }

    public Duration takeoverAfter() {
        return takeoverAfter;
    }
}
