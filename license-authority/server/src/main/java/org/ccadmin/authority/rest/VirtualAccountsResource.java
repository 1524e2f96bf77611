package org.ccadmin.authority.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.ccadmin.authority.application.AccountService;
import org.ccadmin.authority.application.ProductInstanceService;
import org.ccadmin.authority.application.PoolUsageService;
import org.ccadmin.authority.application.PoolUsageView;
import org.ccadmin.authority.application.ProductInstanceView;
import org.ccadmin.authority.application.PurchaseService;
import org.ccadmin.authority.application.PurchaseView;
import org.ccadmin.authority.application.TokenService;
import org.ccadmin.authority.application.TokenView;
import org.ccadmin.authority.application.VirtualAccountView;
import org.ccadmin.authority.domain.FieldProblem;
import org.ccadmin.authority.domain.InvalidInputException;
import org.ccadmin.authority.domain.IssuedToken;
import org.ccadmin.authority.domain.Purchase;

/** One virtual account: its tokens, its purchased licenses and its registered product instances. */
@Path("virtual-accounts/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class VirtualAccountsResource {

    @Inject
    private AccountService accounts;

    @Inject
    private TokenService tokens;

    @Inject
    private PurchaseService purchases;

    @Inject
    private ProductInstanceService instances;

    @Inject
    private PoolUsageService usage;

    @Context
    private UriInfo uri;

    @PathParam("id")
    private long id;

    @GET
    public VirtualAccountView get() {
        return accounts.virtualAccount(id);
    }

    @GET
    @Path("tokens")
    public List<TokenView> tokens() {
        return tokens.tokens(id);
    }

    /** {@code {"description", "expiresAfterDays" (1–365, default 30), "maxUses" (default 1), "exportControlled" (default true)}}. */
    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createToken(String body) {
        JsonBody json = JsonBody.parse(body, Set.of("description", "expiresAfterDays", "maxUses", "exportControlled"));
        IssuedToken.Request request = new IssuedToken.Request(json.string("description"), json.integer("expiresAfterDays"),
                json.integer("maxUses"), json.bool("exportControlled"));
        json.done();
        TokenView created = tokens.create(id, request);
        return Response.created(uri.getBaseUriBuilder().path("tokens").path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("purchases")
    public List<PurchaseView> purchases() {
        return purchases.purchases(id);
    }

    /** {@code {"entitlement", "licenseType", "usageMode", "quantity", "termStart", "termEnd"}} (the term only for FLEX). */
    @POST
    @Path("purchases")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response purchase(String body) {
        JsonBody json = JsonBody.parse(body, Set.of("entitlement", "licenseType", "usageMode", "quantity", "termStart", "termEnd"));
        Purchase.Order order = new Purchase.Order(json.string("entitlement"), json.string("licenseType"), json.string("usageMode"),
                json.integer("quantity"), json.date("termStart"), json.date("termEnd"));
        json.done();
        PurchaseView created = purchases.purchase(id, order);
        return Response.created(uri.getBaseUriBuilder().path("purchases").path(String.valueOf(created.id())).build()).entity(created).build();
    }

    /** The pool's usage windows and what the authority decided; {@code ?windows=} the newest windows per line (default 96). */
    @GET
    @Path("usage")
    public PoolUsageView usage(@QueryParam("windows") String windows) {
        return usage.usage(id, windowCount(windows));
    }

    private static int windowCount(String text) {
        if (text == null || text.isBlank()) {
            return PoolUsageService.DEFAULT_WINDOWS;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new FieldProblem("windows", "invalidInput.notANumber",
                    "windows must be a whole number between 1 and " + PoolUsageService.MAX_WINDOWS + ".")));
        }
    }

    @GET
    @Path("product-instances")
    public List<ProductInstanceView> instances() {
        return instances.instances(id);
    }
}
