package org.ccadmin.licensing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccadmin.licensing.application.ComplianceReport;
import org.ccadmin.licensing.application.ComplianceReportView;

/**
 * Infrastructure Settings › License Compliance ({@code /infrastructure/license-compliance.xhtml}), the
 * banner's Learn More: every product instance with its states and since when, and the timeline of deadlines.
 */
@Named("complianceReport")
@RequestScoped
public class ComplianceReportBean {

    @Inject
    private ComplianceReport service;

    private ComplianceReportView report;

    public ComplianceReportView getReport() {
        if (report == null) {
            report = service.report();
        }
        return report;
    }
}
