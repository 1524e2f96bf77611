package org.ccadmin.businesshours.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of the changes of several business hours at once, for the OpenAPI document only: the resource reads
 * them strictly with {@code JsonInput}, field by field.
 */
final class BulkRequests {

    private BulkRequests() {
    }

    @Schema(name = "BusinessHourBulkStatus", description = "Set the status of several business hours, all or none")
    record Status(
            @Schema(required = true, description = "The business hours to change") List<Long> ids,
            @Schema(required = true, enumeration = {"CALENDAR", "FORCE_OPEN", "FORCE_CLOSE"}) String status,
            @Schema(description = "Required when forced; a system reason must not contradict the status") Integer statusReasonCode,
            @Schema(description = CHANGE_STAMPS, example = "{\"5001\": 3, \"5002\": 0}") Map<String, Long> changeStamps) {
    }

    @Schema(name = "BusinessHourBulkSchedule", description = "Set zone, type and regular hours of several business hours, all or none")
    record Schedule(
            @Schema(required = true, description = "The business hours to change") List<Long> ids,
            @Schema(description = "IANA time zone id") String timeZone,
            @Schema(enumeration = {"CUSTOM", "TWENTY_FOUR_SEVEN"}) String type,
            @Schema(description = "{day, start, end} rows, as for one business hour") List<Map<String, String>> regularHours,
            @Schema(description = CHANGE_STAMPS, example = "{\"5001\": 3, \"5002\": 0}") Map<String, Long> changeStamps) {
    }

    private static final String CHANGE_STAMPS = "Optional: id -> the changeStamp the client read. A business hour changed or deleted "
            + "since refuses the whole change (409 conflict.bulkRefused, under ids[i]). Every key must be one of ids.";
}
