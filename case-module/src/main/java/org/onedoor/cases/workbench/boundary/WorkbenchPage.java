package org.onedoor.cases.workbench.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.cases.casefiles.control.CaseView;
import org.onedoor.cases.casefiles.control.CaseViews;
import org.onedoor.cases.casefiles.entity.CaseFilter;
import org.onedoor.cases.workbench.control.MyRooms;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;
import org.onedoor.platform.tenancy.entity.Center;

/**
 * The mediator's workbench for the active center: the cases of the rooms the mediator works in
 * (every room of the center when none), newest first. A websocket brings new dispatches; the page
 * then reads the list again and marks what is new since it was opened.
 */
@Named
@ViewScoped
public class WorkbenchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CenterSwitch centerSwitch;

    @Inject
    CaseViews caseViews;

    @Inject
    MyRooms myRooms;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Feedback feedback;

    private String center;
    private List<MyRooms.Room> rooms = List.of();
    private List<CaseView> cases = List.of();
    private final Set<UUID> seen = new HashSet<>();
    private final Set<UUID> fresh = new HashSet<>();

    @PostConstruct
    void init() {
        center = centerSwitch
                .active()
                .map(Center::code)
                .map(code -> code.value())
                .orElse(null);
        if (center == null) {
            return;
        }
        try {
            rooms = myRooms.of(center, currentCaller.require().username());
            cases = load();
            cases.forEach(view -> seen.add(view.id()));
        } catch (OneDoorException refused) {
            feedback.refused(refused);
        }
    }

    /** Reads the list again after a live event; cases not seen before are marked new. */
    public void refresh() {
        try {
            cases = load();
            for (CaseView view : cases) {
                if (seen.add(view.id())) {
                    fresh.add(view.id());
                }
            }
        } catch (OneDoorException refused) {
            feedback.refused(refused);
        }
    }

    private List<CaseView> load() {
        // the newest page of each room (not yet paged on the page itself: issue #14.6)
        PageRequest newest = new PageRequest(0, PageRequest.MAX_SIZE);
        if (rooms.isEmpty()) {
            return caseViews.list(center, CaseFilter.none(), newest).items();
        }
        List<CaseView> all = new ArrayList<>();
        rooms.forEach(room -> all.addAll(
                caseViews.list(center, CaseFilter.ofRoom(room.id()), newest).items()));
        all.sort((a, b) -> b.openedAt().compareTo(a.openedAt()));
        return all;
    }

    public boolean isNew(CaseView view) {
        return fresh.contains(view.id());
    }

    /** The websocket address's query: the center and the rooms watched. */
    public String getLiveQuery() {
        StringBuilder query = new StringBuilder("center=").append(center);
        rooms.forEach(room -> query.append("&room=").append(room.id()));
        return query.toString();
    }

    public String getCenter() {
        return center;
    }

    public List<MyRooms.Room> getRooms() {
        return rooms;
    }

    public List<CaseView> getCases() {
        return cases;
    }
}
