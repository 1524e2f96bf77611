package org.ccadmin.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API root. Resources and exception mappers are discovered by scanning. */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {
}
