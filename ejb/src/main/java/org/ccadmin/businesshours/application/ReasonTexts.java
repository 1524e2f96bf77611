package org.ccadmin.businesshours.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccadmin.businesshours.domain.StatusReason;
import org.ccadmin.businesshours.domain.StatusReasons;
import org.ccadmin.shared.domain.Violations;

/** Status reasons as business hours use them: that the codes given exist, and the text of a code. */
@ApplicationScoped
public class ReasonTexts {

    @Inject
    private StatusReasons reasons;

    /** Reports each code (keyed by the field that gave it) that names no status reason. */
    public void checkExist(Map<String, Integer> codes, Violations v) {
        if (codes.isEmpty()) {
            return;
        }
        Set<Integer> known = reasons.byCodes(new HashSet<>(codes.values())).stream().map(StatusReason::code).collect(Collectors.toSet());
        codes.forEach((field, code) -> {
            if (!known.contains(code)) {
                v.add(field, "invalidInput.unknownReference", "No status reason with code " + code + " exists; create it under Status Reasons first.");
            }
        });
    }

    /** Of {@code codes}, those that name no status reason. */
    public Set<Integer> unknown(java.util.Collection<Integer> codes) {
        Set<Integer> known = codes.isEmpty() ? Set.of()
                : reasons.byCodes(new HashSet<>(codes)).stream().map(StatusReason::code).collect(Collectors.toSet());
        Set<Integer> missing = new java.util.TreeSet<>(codes);
        missing.removeAll(known);
        return missing;
    }

    public String text(int code) {
        return reasons.byCode(code).map(StatusReason::text).orElse(null);
    }
}
