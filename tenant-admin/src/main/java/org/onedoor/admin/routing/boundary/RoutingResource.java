package org.onedoor.admin.routing.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.admin.routing.control.Routing;
import org.onedoor.admin.routing.entity.RoutingRule;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.AdministersCenter;
import org.onedoor.platform.security.entity.WorksInCenter;
import org.onedoor.platform.tenancy.control.TenantScope;

/** A center's routing rules, category → room: {@code /t/{code}/routing}. */
@Path("t/{code}/routing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class RoutingResource {

    @Inject
    TenantScope tenantScope;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Routing routing;

    public record Rule(String categoryCode, UUID roomId) {
        static Rule of(RoutingRule rule) {
            return new Rule(rule.categoryCode(), rule.roomId());
        }
    }

    /** The room for a category. A class: Payara's OpenAPI fails on record validation. */
    public static class Target {
        @NotNull
        private UUID roomId;

        public UUID getRoomId() {
            return roomId;
        }

        public void setRoomId(UUID roomId) {
            this.roomId = roomId;
        }
    }

    @WorksInCenter
    @GET
    public List<Rule> rules(@PathParam("code") String code) {
        tenantScope.enter(code);
        return routing.rules().stream().map(Rule::of).toList();
    }

    @AdministersCenter
    @PUT
    @Path("{category}")
    public Rule route(
            @PathParam("code") String code, @PathParam("category") String category, @Valid @NotNull Target target) {
        tenantScope.enter(code, AdministersCenter.class);
        return Rule.of(routing.route(code, category, target.getRoomId(), currentCaller.actor()));
    }

    @AdministersCenter
    @DELETE
    @Path("{category}")
    @APIResponse(responseCode = "204", description = "the category has no room any more")
    public Response remove(@PathParam("code") String code, @PathParam("category") String category) {
        tenantScope.enter(code, AdministersCenter.class);
        if (!routing.remove(category)) {
            throw new NotFoundException("routing.not-found", category);
        }
        return Response.noContent().build();
    }
}
