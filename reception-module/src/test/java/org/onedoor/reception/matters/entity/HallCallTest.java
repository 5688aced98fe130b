package org.onedoor.reception.matters.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.matters.entity.RiskLevel;

class HallCallTest {

    private static Matter dispatchedMatter() {
        Room room = new Room(UUID.randomUUID(), "婚姻家庭纠纷调解室");
        Matter matter = Matter.register(
                UUID.randomUUID(),
                Ticket.of(java.time.LocalDate.of(2026, 12, 4), 33),
                "divorce",
                "离婚纠纷",
                Channel.WALK_IN,
                "夫妻因抚养费发生争执",
                RiskLevel.MEDIUM,
                Grade.SPECIALIST,
                room,
                room,
                null,
                new org.onedoor.platform.security.entity.Actor("hd.desk", "符海燕"));
        matter.addParty(PartyRole.APPLICANT, "王丽", "420102199003071232", "13812345678", "武汉市");
        matter.dispatched(UUID.randomUUID(), "2026-0001", "hd.desk");
        return matter;
    }

    @Test
    @DisplayName("#22.5 a dispatched matter is called by ticket and room, and nothing about its people travels")
    void callCarriesTicketAndRoomOnly() {
        Matter matter = dispatchedMatter();
        JsonObject event = HallCall.of(matter).toEvent("420105004");

        assertThat(event.getString("topic")).isEqualTo(HallCall.TOPIC);
        assertThat(event.getString("center")).isEqualTo("420105004");
        assertThat(event.getString("ticket")).isEqualTo(matter.ticket());
        assertThat(event.getString("room")).isEqualTo("婚姻家庭纠纷调解室");
        assertThat(event.toString()).doesNotContain("王丽", "420102199003071232", "13812345678", "抚养费");
    }

    @Test
    @DisplayName("#22.5 a display hears the calls of its own center only")
    void readBackForItsCenterOnly() {
        HallCall call = new HallCall("A033", "婚姻家庭纠纷调解室", OffsetDateTime.of(2026, 12, 4, 14, 50, 8, 0, ZoneOffset.UTC));
        JsonObject event = call.toEvent("420105004");

        assertThat(HallCall.fromEvent(event, "420105004")).contains(call);
        assertThat(HallCall.fromEvent(event, "420105005")).isEmpty();
        assertThat(HallCall.fromEvent(
                        Json.createObjectBuilder(event).add("topic", "dispatch").build(), "420105004"))
                .as("the case module's dispatch is not a hall call")
                .isEmpty();
        assertThat(HallCall.fromEvent(
                        Json.createObjectBuilder().add("center", "420105004").build(), "420105004"))
                .isEmpty();
    }
}
