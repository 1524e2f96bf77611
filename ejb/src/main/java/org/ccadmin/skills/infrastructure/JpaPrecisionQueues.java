package org.ccadmin.skills.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.infrastructure.PagedSearch;
import org.ccadmin.skills.domain.PrecisionQueue;

/** Precision queues in the database. */
@ApplicationScoped
public class JpaPrecisionQueues {

    @PersistenceContext
    private EntityManager em;

    public Optional<PrecisionQueue> find(long id) {
        return Optional.ofNullable(em.find(PrecisionQueue.class, id));
    }

    /** By exact name: Consider If formulas name queues case-sensitively. */
    public Optional<PrecisionQueue> findByExactName(String name) {
        return em.createQuery("select q from PrecisionQueue q where q.name = :name", PrecisionQueue.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    public boolean nameTaken(String name, Long exceptId) {
        return !em.createQuery("select q.id from PrecisionQueue q where q.nameKey = :key and q.id <> :except", Long.class)
                .setParameter("key", Names.key(name)).setParameter("except", exceptId == null ? -1L : exceptId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Every queue with its steps, in one query (for evaluating one agent against all of them). */
    public List<PrecisionQueue> allWithSteps() {
        return em.createQuery("select distinct q from PrecisionQueue q left join fetch q.steps order by q.name",
                PrecisionQueue.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(q) from PrecisionQueue q", Long.class).getSingleResult();
    }

    public long stepCount() {
        return em.createQuery("select count(s) from PrecisionQueueStep s", Long.class).getSingleResult();
    }

    public void add(PrecisionQueue queue) {
        em.persist(queue);
        em.flush();
    }

    public PrecisionQueue save(PrecisionQueue queue) {
        em.flush();
        return queue;
    }

    /**
     * A new changeStamp now: the steps are rows of their own, so a change of steps alone would leave the queue's
     * version as it was (and a stale edit of the steps unnoticed).
     */
    public void touch(PrecisionQueue queue) {
        em.lock(queue, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    public void remove(PrecisionQueue queue) {
        em.remove(queue);
        em.flush();
    }

    public Page<PrecisionQueue> search(PageRequest page) {
        return PagedSearch.of(em, PrecisionQueue.class).text("name", "description").page(page);
    }

    /** Queues (other than {@code exceptId}) whose Consider If formulas name {@code queueName}. */
    public List<PrecisionQueue> referencing(String queueName, long exceptId) {
        return em.createQuery("select distinct s.queue from PrecisionQueueStep s join s.referencedQueues r "
                + "where r = :name and s.queue.id <> :except", PrecisionQueue.class)
                .setParameter("name", queueName).setParameter("except", exceptId).getResultList();
    }

    public List<PrecisionQueue> usingAttribute(long attributeId) {
        return em.createQuery("select distinct s.queue from PrecisionQueueStep s join s.terms t "
                + "where t.attributeId = :id", PrecisionQueue.class).setParameter("id", attributeId).getResultList();
    }

    public List<PrecisionQueue> onMediaRoutingDomain(long id) {
        return em.createQuery("select q from PrecisionQueue q where q.mediaRoutingDomainId = :id", PrecisionQueue.class)
                .setParameter("id", id).getResultList();
    }

    public List<PrecisionQueue> usingBucketInterval(long id) {
        return em.createQuery("select q from PrecisionQueue q where q.bucketIntervalId = :id", PrecisionQueue.class)
                .setParameter("id", id).getResultList();
    }
}
