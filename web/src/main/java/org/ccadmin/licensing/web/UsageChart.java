package org.ccadmin.licensing.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ccadmin.licensing.application.UsageReportView;

/**
 * The Chart.js configuration (what {@code p:chart} renders) of one license line's usage against its
 * entitlement over time: the actual peak, the reported usage (locked while Out-of-Compliance) and the
 * licenses the pool holds, one point per 15-minute window. Windows the authority has not answered yet have no
 * reported or entitled point (a gap, not a zero).
 */
final class UsageChart {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private UsageChart() {
    }

    static String of(String title, List<UsageReportView> line, String actualLabel, String reportedLabel,
            String entitledLabel, String axisLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder actual = Json.createArrayBuilder();
        JsonArrayBuilder reported = Json.createArrayBuilder();
        JsonArrayBuilder entitled = Json.createArrayBuilder();
        for (UsageReportView r : line) {
            labels.add(LABEL.format(r.windowStart()));
            actual.add(r.actualPeak());
            add(reported, r.reportedUsage());
            add(entitled, r.entitled());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(actualLabel, actual, "#2563eb", false))
                .add(dataset(reportedLabel, reported, "#d97706", false))
                .add(dataset(entitledLabel, entitled, "#16a34a", true));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("interaction", Json.createObjectBuilder().add("mode", "index").add("intersect", false))
                .add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", axisLabel)))
                        .add("x", Json.createObjectBuilder().add("ticks", Json.createObjectBuilder().add("maxTicksLimit", 14))))
                .add("plugins", Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", title)));
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    private static void add(JsonArrayBuilder values, Integer value) {
        if (value == null) {
            values.addNull();
        } else {
            values.add(value);
        }
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour, boolean dashed) {
        JsonObjectBuilder d = Json.createObjectBuilder().add("label", label).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("stepped", true)
                .add("pointRadius", 0).add("borderWidth", 2).add("spanGaps", false);
        if (dashed) {
            d.add("borderDash", Json.createArrayBuilder().add(6).add(4));
        }
        return d;
    }
}
