package org.ccadmin.licensing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ccadmin.licensing.application.LicensingProjections;
import org.ccadmin.licensing.application.WhatIfView;
import org.ccadmin.licensing.domain.Entitlement;
import org.ccadmin.shared.rest.JsonInput;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What-if: {@code POST /api/v1/licensing/what-if} with {@code {"lines": [{"entitlement": "PREMIUM_AGENT",
 * "usage": 130, "entitled": 100}]}} answers the compliance and status changes that usage would bring, and when.
 * Nothing is stored or sent: a POST only because the question has a body.
 */
@Path("licensing/what-if")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "License Management", description = "Infrastructure Settings: Smart Licensing")
public class WhatIfResource {

    private static final Set<String> FIELDS = Set.of("lines");
    private static final Set<String> LINE_FIELDS = Set.of("entitlement", "usage", "entitled");

    @Inject
    private LicensingProjections projections;

    @POST
    public WhatIfView ask(String body) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        in.required("lines");
        List<JsonInput> lines = in.objects("lines", LINE_FIELDS);
        List<LicensingProjections.Assumption> assumptions = new ArrayList<>();
        if (lines != null) {
            for (JsonInput line : lines) {
                line.required("entitlement");
                assumptions.add(new LicensingProjections.Assumption(entitlement(line), line.integer("usage"),
                        line.integer("entitled")));
            }
        }
        in.done();
        return projections.whatIf(assumptions);
    }

    private static Entitlement entitlement(JsonInput line) {
        String text = line.string("entitlement");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Entitlement.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            line.refuse("entitlement", "invalidInput.enum", "entitlement must be one of "
                    + String.join(", ", java.util.Arrays.stream(Entitlement.values()).map(Enum::name).toList()) + ".");
            return null;
        }
    }
}
