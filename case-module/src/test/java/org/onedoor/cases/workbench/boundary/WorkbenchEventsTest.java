package org.onedoor.cases.workbench.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A workbench hears of its center's dispatches and escalations only, whatever else the channel carries. */
class WorkbenchEventsTest {

    private static JsonObject event(String topic, String center, String room) {
        return Json.createObjectBuilder()
                .add("topic", topic)
                .add("center", center)
                .add("room", room)
                .add("ticket", "A033")
                .build();
    }

    @Test
    void dispatchesToItsRoomsAndEscalationsAreHeard() {
        assertThat(WorkbenchSocket.concerns(event("dispatch", "420105004", "r1"), "420105004", Set.of("r1")))
                .isTrue();
        assertThat(WorkbenchSocket.concerns(event("dispatch", "420105004", "r2"), "420105004", Set.of()))
                .isTrue();
        assertThat(WorkbenchSocket.concerns(event("escalation", "420105004", "r2"), "420105004", Set.of("r1")))
                .isTrue();
    }

    @Test
    void otherRoomsAndCentersAreNot() {
        assertThat(WorkbenchSocket.concerns(event("dispatch", "420105004", "r2"), "420105004", Set.of("r1")))
                .isFalse();
        assertThat(WorkbenchSocket.concerns(event("dispatch", "420105005", "r1"), "420105004", Set.of()))
                .isFalse();
    }

    @Test
    void theHallsCallsAreNotCasesArriving() {
        assertThat(WorkbenchSocket.concerns(event("hall-call", "420105004", "婚姻家庭纠纷调解室"), "420105004", Set.of()))
                .isFalse();
    }

    @Test
    void notificationsOfTheCenterAndToTheCallerAreHeardOthersNot() {
        JsonObject forAll = Json.createObjectBuilder()
                .add("topic", "notification")
                .add("center", "420105004")
                .build();
        JsonObject forChen =
                Json.createObjectBuilder(forAll).add("recipient", "chen").build();
        assertThat(WorkbenchSocket.concerns(forAll, "420105004", Set.of("r1"), "wang"))
                .isTrue();
        assertThat(WorkbenchSocket.concerns(forChen, "420105004", Set.of(), "chen"))
                .isTrue();
        assertThat(WorkbenchSocket.concerns(forChen, "420105004", Set.of(), "wang"))
                .isFalse();
        assertThat(WorkbenchSocket.concerns(forAll, "420105005", Set.of(), "wang"))
                .isFalse();
        assertThat(WorkbenchSocket.concerns(event("dispatch", "420105004", "r1"), "420105004", Set.of("r1"), "wang"))
                .isTrue();
    }
}
