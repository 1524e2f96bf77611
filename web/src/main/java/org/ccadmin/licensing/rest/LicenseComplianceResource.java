package org.ccadmin.licensing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ccadmin.licensing.application.ComplianceReport;
import org.ccadmin.licensing.application.ComplianceReportView;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The License Compliance report: the console banner's aggregate (Enforcement &gt; Out-of-Compliance &gt;
 * Evaluation, and Non-Production), every product instance with its states and since when, and the timeline of
 * upcoming deadlines with the time left.
 */
@Path("license-compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "License Management", description = "Infrastructure Settings: smart licensing status, settings, transport, registration")
public class LicenseComplianceResource {

    @Inject
    private ComplianceReport report;

    @GET
    public ComplianceReportView report() {
        return report.report();
    }
}
