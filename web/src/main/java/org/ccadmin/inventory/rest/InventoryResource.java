package org.ccadmin.inventory.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ccadmin.inventory.application.Inventory;
import org.ccadmin.inventory.application.ServerNodeView;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The machines of the deployment: every ccadmin server node that runs (or ran) against this database. */
@Path("inventory")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory", description = "The machines of the deployment")
public class InventoryResource {

    @Inject
    private Inventory inventory;

    /** A handful of machines at most, so one unpaged list (running ones first). */
    public record Machines(List<ServerNodeView> items) {
    }

    @GET
    public Machines list() {
        return new Machines(inventory.nodes());
    }

    /** Forgets a machine that stopped for good; 409 while it runs. */
    @DELETE
    @Path("{name}")
    public Response remove(@PathParam("name") String name) {
        inventory.remove(name);
        return Response.noContent().build();
    }
}
