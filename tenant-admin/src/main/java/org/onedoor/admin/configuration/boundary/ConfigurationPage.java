package org.onedoor.admin.configuration.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onedoor.admin.categories.entity.DictionaryEntry;
import org.onedoor.admin.identities.control.Staff;
import org.onedoor.admin.rooms.boundary.RoomView;
import org.onedoor.admin.rooms.entity.RoomType;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;

/** The active center's configuration for the front desk: rooms, categories, routing (issue #4.1). */
@Named
@ViewScoped
public class ConfigurationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CenterSwitch centerSwitch;

    @Inject
    ConfigurationDesk desk;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Feedback feedback;

    @Inject
    Staff staff;

    @Inject
    TenantRegistry registry;

    private String center;
    private ConfigurationDesk.Snapshot snapshot;
    private String roomName;
    private RoomType roomType = RoomType.GENERAL;
    private String roomLocation;
    private String roomMediators;
    private String categoryCode;
    private String categoryName;
    private String categoryNameEn;
    private String categoryParent;
    private final Map<String, String> routes = new HashMap<>();
    /** The center's staff by username → name, read once per view for the rooms' mediators. */
    private Map<String, String> staffNames;

    @PostConstruct
    void init() {
        center = centerSwitch.activeCode();
        reload();
    }

    private void reload() {
        if (center == null) {
            return;
        }
        try {
            snapshot = desk.read(center);
            routes.clear();
            snapshot.rules().forEach((category, room) -> routes.put(category, room.toString()));
        } catch (OneDoorException refused) {
            snapshot = null;
        }
    }

    private void run(Runnable change, String done, Map<String, String> fields) {
        try {
            change.run();
            feedback.info(done);
            reload();
        } catch (OneDoorException refused) {
            feedback.refused(refused, fields);
        }
    }

    public void openRoom() {
        List<String> mediators = roomMediators == null
                ? List.of()
                : Arrays.stream(roomMediators.split("[,，\\s]+"))
                        .filter(name -> !name.isBlank())
                        .toList();
        run(
                () -> desk.openRoom(center, roomName, roomType, roomLocation, mediators, currentCaller.actor()),
                "ui.configuration.saved",
                Map.of("name", "configuration:tabs:room-name"));
        roomName = null;
        roomLocation = null;
        roomMediators = null;
    }

    public void setOpen(UUID room, boolean open) {
        run(() -> desk.setOpen(center, room, open, currentCaller.actor()), "ui.configuration.saved", Map.of());
    }

    public void addCategory() {
        run(
                () -> desk.addCategory(
                        center,
                        categoryCode == null ? "" : categoryCode.strip(),
                        categoryName,
                        categoryNameEn,
                        categoryParent == null || categoryParent.isBlank() ? null : categoryParent),
                "ui.configuration.saved",
                Map.of("code", "configuration:tabs:category-code", "parentCode", "configuration:tabs:category-parent"));
        categoryCode = null;
        categoryName = null;
        categoryNameEn = null;
    }

    public void setActive(String category, boolean active) {
        run(() -> desk.setActive(center, category, active, currentCaller.actor()), "ui.configuration.saved", Map.of());
    }

    public void route(String category) {
        String room = routes.get(category);
        run(
                () -> desk.route(
                        center,
                        category,
                        room == null || room.isBlank() ? null : UUID.fromString(room),
                        currentCaller.actor()),
                "ui.configuration.saved",
                Map.of());
    }

    /**
     * A mediator as people read them (issue #22.1): the name the identity provider has, else the
     * username (someone not, or no longer, on the center's staff; or the provider not reachable).
     */
    public String nameOf(String username) {
        if (staffNames == null) {
            staffNames = new HashMap<>();
            try {
                staff.members(registry.get(center))
                        .forEach(member -> staffNames.putIfAbsent(member.username(), member.name()));
            } catch (RuntimeException unavailable) {
                // names are a courtesy: without the identity provider the page still works, with usernames
            }
        }
        String name = staffNames.get(username);
        return name == null || name.isBlank() ? username : name;
    }

    /** Category → the room's id as text, for the selects (Faces has no UUID converter). */
    public Map<String, String> getRoutes() {
        return routes;
    }

    public boolean isAdministrator() {
        return snapshot != null;
    }

    public List<RoomView> getRooms() {
        return snapshot == null ? List.of() : snapshot.rooms();
    }

    public List<DictionaryEntry> getCategories() {
        return snapshot == null ? List.of() : snapshot.categories();
    }

    public List<DictionaryEntry> getTopCategories() {
        return getCategories().stream()
                .filter(entry -> entry.parentCode() == null && entry.active())
                .toList();
    }

    public RoomType[] getRoomTypes() {
        return RoomType.values();
    }

    public String getCenter() {
        return center;
    }

    public String getRoomName() {
        return roomName;
    }

    public void setRoomName(String roomName) {
        this.roomName = roomName;
    }

    public RoomType getRoomType() {
        return roomType;
    }

    public void setRoomType(RoomType roomType) {
        this.roomType = roomType;
    }

    public String getRoomLocation() {
        return roomLocation;
    }

    public void setRoomLocation(String roomLocation) {
        this.roomLocation = roomLocation;
    }

    public String getRoomMediators() {
        return roomMediators;
    }

    public void setRoomMediators(String roomMediators) {
        this.roomMediators = roomMediators;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public void setCategoryName(String categoryName) {
        this.categoryName = categoryName;
    }

    public String getCategoryNameEn() {
        return categoryNameEn;
    }

    public void setCategoryNameEn(String categoryNameEn) {
        this.categoryNameEn = categoryNameEn;
    }

    public String getCategoryParent() {
        return categoryParent;
    }

    public void setCategoryParent(String categoryParent) {
        this.categoryParent = categoryParent;
    }
}
