package org.onedoor.reception.matters.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket called to its room: what the hall display shows and announces when a matter is
 * dispatched. It carries the ticket and the room's name, never a person's name. As a live event
 * ({@value #TOPIC}) it travels on the platform's shared channel to every instance of the module.
 */
public record HallCall(String ticket, String room, OffsetDateTime calledAt) {

    public static final String TOPIC = "hall-call";

    public HallCall {
        Objects.requireNonNull(ticket, "The ticket is required.");
        room = room == null ? "" : room;
    }

    /** The call of a dispatched matter. */
    public static HallCall of(Matter matter) {
        return new HallCall(matter.ticket(), matter.room().map(Room::name).orElse(""), matter.dispatchedAt());
    }

    /** The live event announcing this call in {@code center}. */
    public JsonObject toEvent(String center) {
        return Json.createObjectBuilder()
                .add("topic", TOPIC)
                .add("center", center)
                .add("ticket", ticket)
                .add("room", room)
                .add("calledAt", calledAt == null ? "" : calledAt.toString())
                .build();
    }

    /** The call a live event announces in {@code center}; empty for any other event or center. */
    public static Optional<HallCall> fromEvent(JsonObject event, String center) {
        if (!TOPIC.equals(event.getString("topic", null))
                || center == null
                || !center.equals(event.getString("center", null))
                || event.getString("ticket", null) == null) {
            return Optional.empty();
        }
        return Optional.of(new HallCall(
                event.getString("ticket"), event.getString("room", ""), instant(event.getString("calledAt", ""))));
    }

    private static OffsetDateTime instant(String text) {
        try {
            return text.isEmpty() ? null : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
