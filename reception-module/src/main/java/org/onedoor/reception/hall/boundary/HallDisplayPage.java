package org.onedoor.reception.hall.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.onedoor.platform.i18n.control.Languages;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.time.entity.CenterTime;
import org.onedoor.reception.hall.control.HallBoard;
import org.onedoor.reception.matters.entity.HallCall;

/**
 * The full-screen hall display ({@code display/hall.xhtml?key=…}) for the hall's television, opened
 * with a display link instead of a login. A key that opens nothing answers 404 with a page that
 * names no center. Nothing here needs a session: the page is stateless and keeps no view.
 */
@Named
@RequestScoped
public class HallDisplayPage {

    @Inject
    HallBoard hallBoard;

    @Inject
    Messages messages;

    private String key;
    private Optional<HallBoard.Board> board = Optional.empty();

    /** Finds the display; answers 404 when the key opens none. */
    public void open() {
        board = hallBoard.open(key);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // the address is the display's credential: no cache keeps the page, no Referer carries it on
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseHeader("Referrer-Policy", "no-referrer");
        external.setResponseHeader("X-Robots-Tag", "noindex");
        if (board.isEmpty()) {
            external.setResponseStatus(404);
        }
    }

    public boolean isFound() {
        return board.isPresent();
    }

    public String getCenterName() {
        return board.map(found -> found.display().center().name()).orElse("");
    }

    /** The newest call, shown large; none yet today: {@code null}. */
    public HallCall getNow() {
        return board.flatMap(found -> found.calls().stream().findFirst()).orElse(null);
    }

    public String getNowTicket() {
        HallCall now = getNow();
        return now == null ? "" : now.ticket();
    }

    public String getNowRoom() {
        HallCall now = getNow();
        return now == null ? "" : now.room();
    }

    /** The calls before the newest, newest first. */
    public List<HallCall> getEarlier() {
        return board.map(found -> found.calls().stream().skip(1).toList()).orElse(List.of());
    }

    public int getShown() {
        return HallBoard.SHOWN;
    }

    /** The live connection's address within the site. */
    public String getLiveAddress() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/display/live?key="
                + key;
    }

    /** The announcement, always in Chinese whatever the page's language: it is for the residents in the hall. */
    public String getAnnouncement() {
        return messages.text(Languages.CHINESE, "ui.display.announce");
    }

    public String getZone() {
        return CenterTime.zone().getId();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
