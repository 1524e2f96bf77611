package org.ccadmin.businesshours.application;

import java.util.List;

/** Business hours were created, changed or deleted: their status must be evaluated again. */
public record BusinessHoursChanged(List<Long> ids) {
}
