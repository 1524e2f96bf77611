package org.ccadmin.shared.rest;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Liveness and readiness for load balancers and orchestrators. Needs no sign-in and says only UP or DOWN:
 * no versions, host names or error texts.
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Resource(lookup = "java:jboss/datasources/AppDS")
    private DataSource dataSource;

    /** The process answers. */
    @GET
    @Path("live")
    public Map<String, String> live() {
        return Map.of("status", "UP");
    }

    /** The application can serve requests: its database answers within two seconds. */
    @GET
    @Path("ready")
    public Response ready() {
        boolean database;
        try (Connection c = dataSource.getConnection()) {
            database = c.isValid(2);
        } catch (Exception e) {
            database = false;
        }
        String status = database ? "UP" : "DOWN";
        return Response.status(database ? 200 : 503)
                .entity(Map.of("status", status, "checks", Map.of("database", status))).build();
    }

    @GET
    public Response health() {
        return ready();
    }
}
