package org.ccadmin.businesshours.application;

import java.util.List;

/** The status (open/closed or its reason) of these business hours changed by itself: a scheduled boundary passed. */
public record BusinessHourStatusChanged(List<Long> ids) {
}
