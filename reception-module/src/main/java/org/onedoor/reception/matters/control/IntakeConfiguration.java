package org.onedoor.reception.matters.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onedoor.reception.matters.entity.Room;

/**
 * The center's categories, open rooms and routing, as the administration module publishes them
 * ({@code GET /admin/api/v1/t/{code}/intake-configuration}).
 */
public record IntakeConfiguration(Map<String, String> categories, Map<UUID, Room> rooms, Map<String, UUID> routes) {

    static IntakeConfiguration of(JsonObject json) {
        Map<String, String> categories = json.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(
                        category -> category.getString("code"),
                        category -> category.getString("name"),
                        (first, second) -> first,
                        LinkedHashMap::new));
        Map<UUID, Room> rooms = json.getJsonArray("rooms").getValuesAs(JsonObject.class).stream()
                .filter(room -> room.getBoolean("open", true))
                .map(room -> new Room(UUID.fromString(room.getString("id")), room.getString("name")))
                .collect(Collectors.toMap(Room::id, room -> room, (first, second) -> first, LinkedHashMap::new));
        JsonObject routeObject = json.getJsonObject("routes");
        Map<String, UUID> routes = routeObject == null
                ? Map.of()
                : routeObject.entrySet().stream()
                        .filter(route -> route.getValue().getValueType() == JsonValue.ValueType.STRING)
                        .collect(Collectors.toMap(
                                Map.Entry::getKey,
                                route -> UUID.fromString(((JsonString) route.getValue()).getString())));
        return new IntakeConfiguration(categories, rooms, routes);
    }

    public Optional<String> categoryName(String code) {
        return Optional.ofNullable(categories.get(code));
    }

    public Optional<Room> room(UUID id) {
        return Optional.ofNullable(rooms.get(id));
    }

    /** The open room routing sends this category to, if any. */
    public Optional<Room> routeFor(String categoryCode) {
        return Optional.ofNullable(routes.get(categoryCode)).flatMap(this::room);
    }
}
