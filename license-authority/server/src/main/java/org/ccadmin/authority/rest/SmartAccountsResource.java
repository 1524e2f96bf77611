package org.ccadmin.authority.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.ccadmin.authority.application.AccountService;
import org.ccadmin.authority.application.SmartAccountView;
import org.ccadmin.authority.application.VirtualAccountView;

/** Smart accounts, and the virtual accounts within one. */
@Path("smart-accounts")
@Produces(MediaType.APPLICATION_JSON)
public class SmartAccountsResource {

    @Inject
    private AccountService accounts;

    @Context
    private UriInfo uri;

    @GET
    public List<SmartAccountView> list() {
        return accounts.smartAccounts();
    }

    /** {@code {"name"}}; the account gets its DEFAULT virtual account at once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        SmartAccountView created = accounts.createSmartAccount(name(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    public SmartAccountView get(@PathParam("id") long id) {
        return accounts.smartAccount(id);
    }

    @GET
    @Path("{id}/virtual-accounts")
    public List<VirtualAccountView> virtualAccounts(@PathParam("id") long id) {
        return accounts.virtualAccounts(id);
    }

    @POST
    @Path("{id}/virtual-accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createVirtualAccount(@PathParam("id") long id, String body) {
        VirtualAccountView created = accounts.createVirtualAccount(id, name(body));
        return Response.created(uri.getBaseUriBuilder().path("virtual-accounts").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    private static String name(String body) {
        JsonBody json = JsonBody.parse(body, Set.of("name"));
        String name = json.string("name");
        json.done();
        return name;
    }
}
