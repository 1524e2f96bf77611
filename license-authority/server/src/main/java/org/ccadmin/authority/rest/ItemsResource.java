package org.ccadmin.authority.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ccadmin.authority.application.ProductInstanceService;
import org.ccadmin.authority.application.ProductInstanceView;
import org.ccadmin.authority.application.PurchaseService;
import org.ccadmin.authority.application.TokenService;
import org.ccadmin.authority.application.TokenView;

/** Single items addressed by their own id: revoke a token, delete a purchase, see or remove a product instance. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

    @Inject
    private TokenService tokens;

    @Inject
    private PurchaseService purchases;

    @Inject
    private ProductInstanceService instances;

    @POST
    @Path("tokens/{id}/revoke")
    public TokenView revoke(@PathParam("id") long id) {
        return tokens.revoke(id);
    }

    @DELETE
    @Path("purchases/{id}")
    public Response deletePurchase(@PathParam("id") long id) {
        purchases.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("product-instances/{id}")
    public ProductInstanceView instance(@PathParam("id") long id) {
        return instances.instance(id);
    }

    /** Marks the instance removed (kept for the record) and releases its licenses. */
    @DELETE
    @Path("product-instances/{id}")
    public ProductInstanceView remove(@PathParam("id") long id) {
        return instances.remove(id);
    }
}
