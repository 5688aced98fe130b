package org.onedoor.reception.hall.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.reception.hall.control.DisplayLinks;
import org.onedoor.reception.hall.entity.DisplayLink;
import org.onedoor.reception.hall.entity.DisplayToken;
import org.onedoor.reception.matters.entity.HallCall;

/** What travels to a display and what an administrator is handed. */
class HallDisplayWireTest {

    private static JsonObject read(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    @DisplayName("#22.5 the display receives the board, then each call: ticket and room, newest first")
    void boardAndCalls() {
        JsonObject board = read(HallDisplaySocket.board(
                List.of(new HallCall("A034", "物业纠纷调解室", null), new HallCall("A033", "婚姻家庭纠纷调解室", null))));
        assertThat(board.getString("type")).isEqualTo("board");
        assertThat(board.getJsonArray("calls").getJsonObject(0).getString("ticket"))
                .isEqualTo("A034");
        assertThat(board.getJsonArray("calls").getJsonObject(1).getString("room"))
                .isEqualTo("婚姻家庭纠纷调解室");
        assertThat(board.getJsonArray("calls").getJsonObject(0).keySet()).containsOnly("ticket", "room");

        JsonObject call = read(HallDisplaySocket.call(new HallCall("A035", "心理疏导室", null)));
        assertThat(call.getString("type")).isEqualTo("call");
        assertThat(call.getString("ticket")).isEqualTo("A035");
        assertThat(call.getString("room")).isEqualTo("心理疏导室");
        assertThat(call.keySet()).containsOnly("type", "ticket", "room");
    }

    @Test
    @DisplayName("#22.5 a new link is handed over with the display's whole address, which carries the token")
    void issuedWithItsAddress() {
        DisplayToken token = DisplayToken.generate();
        DisplayLink link = DisplayLink.create("一楼大厅电视", token, "hd.admin");

        IssuedDisplayLink issued = IssuedDisplayLink.of(
                new DisplayLinks.Issued(link, token), URI.create("https://onedoor.example.cn/reception/"));

        assertThat(issued.url())
                .hasToString("https://onedoor.example.cn/reception/display/hall.xhtml?key=" + token.value());
        assertThat(issued.path()).isEqualTo("/reception/display/hall.xhtml?key=" + token.value());
        assertThat(issued.id()).isEqualTo(link.id());
        assertThat(issued.label()).isEqualTo("一楼大厅电视");
        assertThat(DisplayLinkView.of(link).toString()).doesNotContain(token.value(), token.hash());
    }
}
