package org.ccadmin.authority.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;
import org.ccadmin.licensing.compliance.OverageRule;

/**
 * The overage rule the authority decides with: {@value #PROPERTY} consecutive overages (default
 * {@link OverageRule#DEFAULT_THRESHOLD}) put a pool out of compliance. A system property, so every node of a
 * cluster is started with the same value; an unusable value is logged and the default applies, since a typo
 * must not stop the authority from answering.
 */
@ApplicationScoped
public class OverageThreshold {

    public static final String PROPERTY = "authority.overage-threshold";
    private static final Logger LOG = Logger.getLogger(OverageThreshold.class.getName());

    @Produces
    OverageRule rule() {
        return new OverageRule(threshold(System.getProperty(PROPERTY)));
    }

    static int threshold(String text) {
        if (text == null || text.isBlank()) {
            return OverageRule.DEFAULT_THRESHOLD;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning(() -> PROPERTY + "='" + text + "' is not a whole number of at least 1; using " + OverageRule.DEFAULT_THRESHOLD);
        return OverageRule.DEFAULT_THRESHOLD;
    }
}
