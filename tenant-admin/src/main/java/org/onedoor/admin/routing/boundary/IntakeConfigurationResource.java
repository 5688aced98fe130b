package org.onedoor.admin.routing.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onedoor.admin.categories.control.Dictionary;
import org.onedoor.admin.categories.entity.DictionaryEntry;
import org.onedoor.admin.rooms.boundary.RoomView;
import org.onedoor.admin.rooms.control.Rooms;
import org.onedoor.admin.routing.control.Routing;
import org.onedoor.platform.security.entity.WorksInCenter;
import org.onedoor.platform.tenancy.control.TenantScope;

/**
 * Everything the front desk needs of a center in one read ({@code /t/{code}/intake-configuration}):
 * its active categories, its rooms, and the room each category is routed to. The reception module
 * reads it for every registration; keep the shape stable.
 */
@Path("t/{code}/intake-configuration")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class IntakeConfigurationResource {

    @Inject
    TenantScope tenantScope;

    @Inject
    Dictionary dictionary;

    @Inject
    Rooms rooms;

    @Inject
    Routing routing;

    public record IntakeConfiguration(
            List<DictionaryEntry> categories, List<RoomView> rooms, Map<String, UUID> routes) {}

    @WorksInCenter
    @GET
    public IntakeConfiguration read(@PathParam("code") String code) {
        tenantScope.enter(code);
        List<DictionaryEntry> active = dictionary.active(code);
        return new IntakeConfiguration(
                active, rooms.all().stream().map(RoomView::of).toList(), routing.resolved(active));
    }
}
