package org.onedoor.reception.matters.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.platform.modules.control.ModuleCalls;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.reception.matters.entity.Matter;
import org.onedoor.reception.matters.entity.Party;
import org.onedoor.reception.matters.entity.Room;

/**
 * The case module's side of dispatch: it opens the case file (一案一档) for a matter. Opening is
 * idempotent on the matter's id there, so a dispatch retried after any failure opens one case.
 */
@ApplicationScoped
public class CaseFiles {

    @Inject
    ModuleCalls modules;

    public record Opened(UUID id, String number) {}

    /** What the case module is asked to open, read from the matter while its transaction is open. */
    public record Request(String ticket, JsonObject payload) {}

    public Request requestFor(Matter matter, Room room, String actor) {
        return new Request(matter.ticket(), payload(matter, room, actor));
    }

    public Opened open(String center, Matter matter, Room room, String actor) {
        return open(center, requestFor(matter, room, actor), actor);
    }

    /** Opens the requested case file; called outside any transaction, no database connection waits on it. */
    public Opened open(String center, Request request, String actor) {
        ModuleCalls.Answer answer = modules.post("cases", "t/" + center + "/cases", actor, request.payload());
        if (!answer.isSuccess()) {
            throw new ConflictException("matter.dispatch-refused", request.ticket(), answer.status());
        }
        JsonObject opened = answer.json();
        return new Opened(UUID.fromString(opened.getString("id")), opened.getString("number", null));
    }

    /** The state of the matter's case, when the case module knows it. */
    public Optional<String> state(String center, UUID caseId, String actor) {
        ModuleCalls.Answer answer = modules.get("cases", "t/" + center + "/cases/" + caseId, actor);
        return answer.isSuccess() ? Optional.ofNullable(answer.json().getString("state", null)) : Optional.empty();
    }

    private static JsonObject payload(Matter matter, Room room, String actor) {
        JsonArrayBuilder parties = Json.createArrayBuilder();
        for (Party party : matter.parties()) {
            JsonObjectBuilder json =
                    Json.createObjectBuilder().add("role", party.role().name()).add("name", party.name());
            addIfPresent(json, "idNumber", party.idNumber());
            addIfPresent(json, "phone", party.phone());
            addIfPresent(json, "address", party.address());
            parties.add(json);
        }
        return Json.createObjectBuilder()
                .add("matterId", matter.id().toString())
                .add("ticket", matter.ticket())
                .add(
                        "category",
                        Json.createObjectBuilder()
                                .add("code", matter.categoryCode())
                                .add("name", matter.categoryName()))
                .add("channel", matter.channel().name())
                .add("grade", matter.grade().name())
                .add("riskLevel", matter.riskLevel().name())
                .add("description", matter.description())
                .add(
                        "room",
                        Json.createObjectBuilder()
                                .add("id", room.id().toString())
                                .add("name", room.name()))
                .add("registeredAt", matter.registeredAt().toString())
                .add("registeredBy", matter.registeredBy())
                .add(
                        "registeredByName",
                        Objects.requireNonNullElse(matter.registrar().name(), ""))
                .add("dispatchedBy", actor)
                .add("parties", parties)
                .build();
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, value);
        }
    }
}
