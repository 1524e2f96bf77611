package org.ccadmin.licensing.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccadmin.licensing.application.LicensingProjections;
import org.ccadmin.licensing.application.LicensingService;
import org.ccadmin.licensing.application.WhatIfView;
import org.ccadmin.licensing.domain.Entitlement;
import org.ccadmin.licensing.application.UsageReportCsv;
import org.ccadmin.licensing.application.UsageReportView;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Infrastructure Settings › License Consumption ({@code /infrastructure/license-consumption.xhtml}): per
 * 15-minute window and license line, the actual peak, the reported usage (locked while Out-of-Compliance),
 * the licenses the pool holds and the status; a chart of one line over the chosen days; CSV export. Days are
 * UTC days, as every time in the console.
 */
@Named
@ViewScoped
public class LicenseConsumptionBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "consumptionForm";
    static final String WHAT_IF_FORM = "whatIfForm";
    static final int DEFAULT_DAYS = 7;

    @Inject
    private LicensingService service;

    @Inject
    private LicensingProjections projections;


    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    private LocalDate from;
    private LocalDate to;
    private String entitlement;
    private List<UsageReportView> rows = List.of();
    private List<WhatIfLine> whatIfLines = List.of();
    private WhatIfView whatIf;

    /** One line of the what-if form: the usage to assume and, optionally, the licenses the pool would hold. */
    public static final class WhatIfLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String entitlement;
        private final String name;
        private Integer usage;
        private Integer entitled;

        WhatIfLine(String entitlement, String name) {
            this.entitlement = entitlement;
            this.name = name;
        }

        public String getEntitlement() { return entitlement; }
        public String getName() { return name; }
        public Integer getUsage() { return usage; }
        public void setUsage(Integer usage) { this.usage = usage; }
        public Integer getEntitled() { return entitled; }
        public void setEntitled(Integer entitled) { this.entitled = entitled; }
    }

    @jakarta.annotation.PostConstruct
    void init() {
        to = LocalDate.ofInstant(now(), ZoneOffset.UTC);
        from = to.minusDays(DEFAULT_DAYS - 1L);
        whatIfLines = service.status().licenseLines().stream().map(l -> new WhatIfLine(l.entitlement(), l.name())).toList();
        load();
    }

    /** Projects the lines given a usage; lines left empty are not part of the question. */
    public void project() {
        whatIf = null;
        List<LicensingProjections.Assumption> assumptions = whatIfLines.stream().filter(l -> l.getUsage() != null)
                .map(l -> new LicensingProjections.Assumption(Entitlement.valueOf(l.getEntitlement()), l.getUsage(), l.getEntitled()))
                .toList();
        try {
            whatIf = projections.whatIf(assumptions);
        } catch (InvalidInputException e) {
            // The inputs already bound the numbers; what is left concerns the question as a whole.
            e.errors().forEach(f -> messages.formError(WHAT_IF_FORM, f.message()));
        } catch (DomainException e) {
            messages.formError(WHAT_IF_FORM, e.getMessage());
        }
    }

    public List<WhatIfLine> getWhatIfLines() { return whatIfLines; }
    public WhatIfView getWhatIf() { return whatIf; }

    /** Reads the chosen days again (also when a push says licensing changed). */
    public void load() {
        if (from == null || to == null) {
            return;
        }
        if (to.isBefore(from)) {
            rows = List.of();
            messages.fieldErrors(FORM, List.of(new FieldError("to", "invalidInput.range", text.get("consumption.toBeforeFrom"))),
                    field -> field);
            return;
        }
        try {
            rows = service.usageReports(from.atStartOfDay().toInstant(ZoneOffset.UTC),
                    to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (InvalidInputException e) {
            rows = List.of();
            messages.fieldErrors(FORM, e.errors(), field -> field);
            return;
        } catch (DomainException e) {
            rows = List.of();
            messages.formError(FORM, e.getMessage());
            return;
        }
        if (entitlement == null || lines().keySet().stream().noneMatch(entitlement::equals)) {
            // The busiest line is the one worth a look first.
            entitlement = rows.stream().max(java.util.Comparator.comparingInt(UsageReportView::actualPeak))
                    .map(UsageReportView::entitlement).orElse(null);
        }
    }

    /** The license lines present in the rows: constant name → display name, in the rows' order. */
    public Map<String, String> lines() {
        Map<String, String> lines = new LinkedHashMap<>();
        rows.forEach(r -> lines.putIfAbsent(r.entitlement(), r.name()));
        return lines;
    }

    public List<UsageReportView> chartRows() {
        return rows.stream().filter(r -> r.entitlement().equals(entitlement)).toList();
    }

    public String chart() {
        List<UsageReportView> line = chartRows();
        if (line.isEmpty()) {
            return null;
        }
        return UsageChart.of(line.get(0).name(), line, text.get("consumption.chart.actual"), text.get("consumption.chart.reported"),
                text.get("consumption.chart.entitled"), text.get("consumption.chart.axis"));
    }

    /** Per line: the highest actual peak, the highest reported usage, the windows over entitlement. */
    public List<LineSummary> summary() {
        List<LineSummary> out = new ArrayList<>();
        lines().forEach((key, name) -> {
            List<UsageReportView> line = rows.stream().filter(r -> r.entitlement().equals(key)).toList();
            out.add(new LineSummary(name, line.size(),
                    line.stream().mapToInt(UsageReportView::actualPeak).max().orElse(0),
                    // None answered yet (queued, or kept during evaluation) is "—", not a reported 0.
                    line.stream().filter(r -> r.reportedUsage() != null).map(UsageReportView::reportedUsage)
                            .max(Integer::compare).orElse(null),
                    line.stream().filter(r -> r.entitled() != null && r.actualPeak() > r.entitled()).count(),
                    line.isEmpty() ? null : line.get(line.size() - 1).statusText()));
        });
        return out;
    }

    public record LineSummary(String name, int windows, int highestPeak, Integer highestReported, long windowsOver,
            String latestStatus) implements Serializable {
    }

    public StreamedContent getCsv() {
        byte[] bytes = UsageReportCsv.of(rows).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("license-consumption-" + from + "-to-" + to + ".csv")
                .contentType("text/csv; charset=UTF-8").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /**
     * The application's clock (simulated in tests), looked up rather than injected: the produced clock is not
     * serializable and this bean is view-scoped.
     */
    private static java.time.Instant now() {
        return CDI.current().select(Clock.class).get().instant();
    }

    public List<UsageReportView> getRows() { return rows; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getEntitlement() { return entitlement; }
    public void setEntitlement(String entitlement) { this.entitlement = entitlement; }
    public LocalDate getToday() { return LocalDate.ofInstant(now(), ZoneOffset.UTC); }
}
