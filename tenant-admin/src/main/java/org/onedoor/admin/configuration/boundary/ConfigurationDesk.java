package org.onedoor.admin.configuration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onedoor.admin.categories.control.Dictionary;
import org.onedoor.admin.categories.entity.DictionaryEntry;
import org.onedoor.admin.rooms.boundary.RoomView;
import org.onedoor.admin.rooms.control.Rooms;
import org.onedoor.admin.rooms.entity.RoomType;
import org.onedoor.admin.routing.control.Routing;
import org.onedoor.admin.routing.entity.RoutingRule;
import org.onedoor.platform.security.entity.AdministersCenter;
import org.onedoor.platform.tenancy.control.TenantScope;

/** The configuration page's operations, each one transaction bound to the center (administrators only). */
@ApplicationScoped
@Transactional
public class ConfigurationDesk {

    @Inject
    TenantScope tenantScope;

    @Inject
    Rooms rooms;

    @Inject
    Dictionary dictionary;

    @Inject
    Routing routing;

    public record Snapshot(List<RoomView> rooms, List<DictionaryEntry> categories, Map<String, UUID> rules) {}

    public Snapshot read(String center) {
        tenantScope.enter(center, AdministersCenter.class);
        return new Snapshot(
                rooms.all().stream().map(RoomView::of).toList(),
                dictionary.of(center),
                routing.rules().stream().collect(Collectors.toMap(RoutingRule::categoryCode, RoutingRule::roomId)));
    }

    public void openRoom(
            String center, String name, RoomType type, String location, List<String> mediators, String actor) {
        tenantScope.enter(center, AdministersCenter.class);
        rooms.open(name, type, location, mediators, actor);
    }

    public void setOpen(String center, UUID room, boolean open, String actor) {
        tenantScope.enter(center, AdministersCenter.class);
        if (open) {
            rooms.get(room).reopen(actor);
        } else {
            rooms.get(room).close(actor);
        }
    }

    public void addCategory(String center, String code, String name, String nameEn, String parent) {
        tenantScope.enter(center, AdministersCenter.class);
        dictionary.add(center, code, name, nameEn, parent);
    }

    public void setActive(String center, String category, boolean active, String actor) {
        tenantScope.enter(center, AdministersCenter.class);
        if (active) {
            dictionary.activate(center, category);
        } else {
            dictionary.deactivate(center, category, actor);
        }
    }

    /** Routes {@code category} to {@code room}, or removes its rule when {@code room} is null. */
    public void route(String center, String category, UUID room, String actor) {
        tenantScope.enter(center, AdministersCenter.class);
        if (room == null) {
            routing.remove(category);
        } else {
            routing.route(center, category, room, actor);
        }
    }
}
