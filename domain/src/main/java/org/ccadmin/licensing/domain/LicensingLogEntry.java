package org.ccadmin.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One line of the licensing log, the counterpart of the modelled system's SmartAgent.log: every exchange with
 * the authority (request, outcome, refusal code and message) and every transition, so that a failed
 * registration explains itself in the console. Never a stack trace: the detail is written for administrators.
 */
@Entity
@Table(name = "licensing_log")
public class LicensingLogEntry {

    public static final int SUMMARY_MAX = 500;
    public static final int DETAIL_MAX = 20000;
    public static final Set<String> SORTABLE = Set.of("occurredAt", "id", "kind");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private LicensingLogKind kind;

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(name = "detail", length = DETAIL_MAX)
    private String detail;

    protected LicensingLogEntry() {
    }

    public LicensingLogEntry(Instant occurredAt, LicensingLogKind kind, String summary, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.summary = cut(Objects.requireNonNull(summary, "summary"), SUMMARY_MAX);
        this.detail = detail == null ? null : cut(detail, DETAIL_MAX);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public LicensingLogKind kind() { return kind; }
    public String summary() { return summary; }
    public String detail() { return detail; }
}
