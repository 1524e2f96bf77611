package org.ccadmin.bulk.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ccadmin.bulk.domain.BulkJob;
import org.ccadmin.bulk.domain.BulkJobProgressed;
import org.ccadmin.bulk.domain.BulkJobRow;
import org.ccadmin.bulk.domain.BulkJobState;
import org.ccadmin.bulk.domain.BulkJobType;
import org.ccadmin.bulk.domain.BulkJobs;
import org.ccadmin.shared.domain.CsvRecord;
import org.ccadmin.bulk.domain.JobCounts;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.infrastructure.PagedSearch;

@ApplicationScoped
public class JpaBulkJobs implements BulkJobs {

    private static final int BATCH = 1000;

    @PersistenceContext
    private EntityManager em;

    // The JTA datasource: its connection takes part in the caller's transaction, like the entity manager's.
    @Resource(lookup = "java:jboss/datasources/AppDS")
    private DataSource dataSource;

    @Override
    public Optional<BulkJob> find(long id) {
        return Optional.ofNullable(em.find(BulkJob.class, id));
    }

    @Override
    public void add(BulkJob job, List<CsvRecord> records) {
        em.persist(job);
        em.flush();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into bulk_job_row (job_id, line_no, content) values (?, ?, ?)")) {
            int n = 0;
            for (CsvRecord r : records) {
                insert.setLong(1, job.id());
                insert.setInt(2, r.line());
                insert.setString(3, r.text());
                insert.addBatch();
                if (++n % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the rows of bulk job " + job.id(), e);
        }
    }

    @Override
    public void remove(BulkJob job) {
        // Rows go with the job (on delete cascade); deleting them first keeps the persistence context honest.
        em.createQuery("delete from BulkJobRow r where r.jobId = :job").setParameter("job", job.id()).executeUpdate();
        em.remove(job);
        em.flush();
    }

    @Override
    public Page<BulkJob> search(String text, BulkJobType type, BulkJobState state, PageRequest page) {
        PagedSearch<BulkJob> search = PagedSearch.of(em, BulkJob.class).text("description");
        if (type != null) {
            search.filter((cb, root) -> cb.equal(root.get("type"), type));
        }
        if (state != null) {
            search.filter((cb, root) -> cb.equal(root.get("state"), state));
        }
        return search.page(page);
    }

    @Override
    public List<Integer> pendingLines(long jobId, int afterLine, int max) {
        return em.createQuery("select r.line from BulkJobRow r where r.jobId = :job and r.outcome is null and r.line > :after "
                + "order by r.line", Integer.class).setParameter("job", jobId).setParameter("after", afterLine)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long pendingCount(long jobId) {
        return em.createQuery("select count(r) from BulkJobRow r where r.jobId = :job and r.outcome is null", Long.class)
                .setParameter("job", jobId).getSingleResult();
    }

    @Override
    public List<BulkJobRow> pendingRows(long jobId, Collection<Integer> lines) {
        return em.createQuery("select r from BulkJobRow r where r.jobId = :job and r.line in :lines and r.outcome is null "
                + "order by r.line", BulkJobRow.class).setParameter("job", jobId).setParameter("lines", lines).getResultList();
    }

    @Override
    public List<BulkJobRow> rows(long jobId, int afterLine, int max) {
        return em.createQuery("select r from BulkJobRow r where r.jobId = :job and r.line > :after order by r.line",
                BulkJobRow.class).setParameter("job", jobId).setParameter("after", afterLine).setMaxResults(max).getResultList();
    }

    @Override
    public boolean count(long jobId, long execution, JobCounts k, Instant now) {
        return em.createNativeQuery("update bulk_job set processed_rows = processed_rows + ?1, succeeded_rows = succeeded_rows + ?2, "
                + "failed_rows = failed_rows + ?3, created_agents = created_agents + ?4, updated_agents = updated_agents + ?5, "
                + "deleted_agents = deleted_agents + ?6, created_teams = created_teams + ?7, "
                + "created_attributes = created_attributes + ?8, heartbeat_at = ?9 where id = ?10 and execution_id = ?11")
                .setParameter(1, k.processed()).setParameter(2, k.succeeded()).setParameter(3, k.failed())
                .setParameter(4, k.created()).setParameter(5, k.updated()).setParameter(6, k.deleted())
                .setParameter(7, k.teams()).setParameter(8, k.attributes()).setParameter(9, now).setParameter(10, jobId)
                .setParameter(11, execution).executeUpdate() == 1;
    }

    @Override
    public boolean cancelRequested(long jobId) {
        return em.createQuery("select j.cancelRequested from BulkJob j where j.id = :id", Boolean.class).setParameter("id", jobId)
                .getResultStream().findFirst().orElse(true);
    }

    @Override
    public boolean requestCancel(long jobId) {
        return em.createNativeQuery("update bulk_job set cancel_requested = true where id = ?1 and state in ('QUEUED', 'PROCESSING')")
                .setParameter(1, jobId).executeUpdate() == 1;
    }

    @Override
    public Optional<BulkJobProgressed> progress(long jobId) {
        return em.createQuery("select j.state, j.processed, j.totalRows from BulkJob j where j.id = :id", Object[].class)
                .setParameter("id", jobId).getResultStream().findFirst()
                .map(r -> new BulkJobProgressed(jobId, (BulkJobState) r[0], (Integer) r[1], (Integer) r[2]));
    }

    @Override
    public List<Long> finishedBeyond(int keep) {
        return em.createQuery("select j.id from BulkJob j where j.state not in :running order by j.createdAt desc, j.id desc",
                Long.class).setParameter("running", List.of(BulkJobState.QUEUED, BulkJobState.PROCESSING))
                .setFirstResult(keep).setMaxResults(1000).getResultList();
    }

    @Override
    public void launched(long jobId, long execution, String node) {
        em.createNativeQuery("update bulk_job set execution_id = ?1, node = ?2 where id = ?3").setParameter(1, execution)
                .setParameter(2, node).setParameter(3, jobId).executeUpdate();
    }

    @Override
    public List<BulkJob> runningOn(String node) {
        return em.createQuery("select j from BulkJob j where j.state in :running and j.node = :node order by j.id", BulkJob.class)
                .setParameter("running", List.of(BulkJobState.QUEUED, BulkJobState.PROCESSING)).setParameter("node", node)
                .getResultList();
    }

    @Override
    public List<BulkJob> stalled(Instant before) {
        return em.createQuery("select j from BulkJob j where j.state = :processing and j.heartbeatAt < :before "
                + "or j.state = :queued and j.executionId is null and j.createdAt < :before order by j.id", BulkJob.class)
                .setParameter("processing", BulkJobState.PROCESSING).setParameter("queued", BulkJobState.QUEUED)
                .setParameter("before", before).getResultList();
    }

    @Override
    public boolean claim(long jobId, Instant seen, Instant now) {
        String where = seen == null ? "heartbeat_at is null" : "heartbeat_at = ?2";
        var update = em.createNativeQuery("update bulk_job set heartbeat_at = ?1 where id = ?3 and " + where)
                .setParameter(1, now).setParameter(3, jobId);
        if (seen != null) {
            update.setParameter(2, seen);
        }
        return update.executeUpdate() == 1;
    }
}
