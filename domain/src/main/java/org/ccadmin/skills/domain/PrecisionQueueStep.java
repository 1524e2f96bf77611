package org.ccadmin.skills.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import org.ccadmin.skills.domain.criteria.ConsiderIf;
import org.ccadmin.skills.domain.criteria.Criteria;
import org.ccadmin.skills.domain.criteria.Expression;
import org.ccadmin.skills.domain.criteria.Logic;
import org.ccadmin.skills.domain.criteria.QueueStep;
import org.ccadmin.skills.domain.criteria.Term;

/** One stored step of a {@link PrecisionQueue}; read and written as a {@link QueueStep}. */
@Entity
@Table(name = "precision_queue_step")
public class PrecisionQueueStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "queue_id")
    private PrecisionQueue queue;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "logic", nullable = false, length = 3)
    private Logic logic;

    @Column(name = "wait_time")
    private Integer waitTime;

    @Column(name = "consider_if", length = ConsiderIf.MAX_LENGTH)
    private String considerIf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "precision_queue_expression", joinColumns = @JoinColumn(name = "step_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "logic", nullable = false, length = 3)
    private List<Logic> expressionLogic = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "precision_queue_term", joinColumns = @JoinColumn(name = "step_id"))
    private Set<StoredTerm> terms = new HashSet<>();

    /** Queue names the Consider If formula refers to (case-sensitive, as the formula writes them). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "precision_queue_consider_ref", joinColumns = @JoinColumn(name = "step_id"))
    @Column(name = "queue_name", nullable = false, length = 32)
    private Set<String> referencedQueues = new HashSet<>();

    protected PrecisionQueueStep() {
    }

    static PrecisionQueueStep of(PrecisionQueue queue, int position, QueueStep step, ToLongFunction<String> attributeIds) {
        PrecisionQueueStep s = new PrecisionQueueStep();
        s.queue = queue;
        s.position = position;
        s.rewrite(step, attributeIds);
        return s;
    }

    /** Takes the given step's content, keeping this step's identity and position. */
    void rewrite(QueueStep step, ToLongFunction<String> attributeIds) {
        logic = step.criteria().logic();
        waitTime = step.waitTime();
        considerIf = step.considerIf() == null ? null : step.considerIf().text();
        referencedQueues.clear();
        if (step.considerIf() != null) {
            referencedQueues.addAll(step.considerIf().referencedQueues());
        }
        expressionLogic.clear();
        terms.clear();
        List<Expression> expressions = step.criteria().expressions();
        for (int e = 0; e < expressions.size(); e++) {
            expressionLogic.add(expressions.get(e).logic());
            List<Term> given = expressions.get(e).terms();
            for (int t = 0; t < given.size(); t++) {
                Term term = given.get(t);
                terms.add(new StoredTerm(e, t, attributeIds.applyAsLong(term.attribute()), term.comparison(), term.value()));
            }
        }
    }

    /** The criteria with attribute names as configured now. */
    public Criteria criteria(LongFunction<String> attributeNames) {
        List<Expression> expressions = new ArrayList<>();
        for (int e = 0; e < expressionLogic.size(); e++) {
            int index = e;
            List<Term> ts = terms.stream().filter(t -> t.expression() == index)
                    .sorted(Comparator.comparingInt(StoredTerm::position))
                    .map(t -> new Term(attributeNames.apply(t.attributeId()), t.comparison(), t.value())).toList();
            expressions.add(new Expression(ts, expressionLogic.get(e)));
        }
        return new Criteria(expressions, logic);
    }

    public Set<Long> attributeIds() {
        Set<Long> ids = new HashSet<>();
        terms.forEach(t -> ids.add(t.attributeId()));
        return ids;
    }

    public Long id() { return id; }
    public int position() { return position; }
    public Integer waitTime() { return waitTime; }
    public String considerIf() { return considerIf; }
    public Set<String> referencedQueues() { return Set.copyOf(referencedQueues); }
}
