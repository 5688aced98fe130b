package org.onedoor.cases.casefiles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.onedoor.platform.modules.control.ModuleCalls;
import org.onedoor.platform.problems.entity.NotFoundException;

/** The rooms a mediator works in, as the administration module's configuration says. */
@ApplicationScoped
public class MyRooms {

    @Inject
    ModuleCalls modules;

    public record Room(UUID id, String name) implements Serializable {}

    public List<Room> of(String center, String username) {
        ModuleCalls.Answer answer = modules.get(
                "admin",
                "t/" + center + "/rooms?mediator=" + URLEncoder.encode(username, StandardCharsets.UTF_8),
                username);
        if (answer.status() == 404) {
            throw new NotFoundException("center.not-found", center);
        }
        if (!answer.isSuccess()) {
            throw new IllegalStateException("the administration module answered " + answer.status());
        }
        return answer.jsonArray().getValuesAs(JsonObject.class).stream()
                .map(room -> new Room(UUID.fromString(room.getString("id")), room.getString("name")))
                .toList();
    }
}
