package org.onedoor.cases.workbench.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.onedoor.cases.casefiles.control.CaseView;
import org.onedoor.cases.casefiles.control.CaseViews;
import org.onedoor.cases.casefiles.entity.CaseFilter;
import org.onedoor.cases.casefiles.entity.CaseState;
import org.onedoor.cases.workbench.control.MyRooms;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.paging.boundary.PagedTable;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;
import org.primefaces.component.datatable.DataTable;

/**
 * The mediator's workbench for the active center: the cases of the rooms the mediator works in
 * (every room of the center when none), newest first, one page at a time and filtered by state. A
 * websocket brings new dispatches; the page then reads the current page again and marks the cases
 * opened since the page was.
 */
@Named
@ViewScoped
public class WorkbenchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows per page of the cases table. */
    public static final int ROWS = 20;

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
    private CaseState state;
    private final OffsetDateTime opened = OffsetDateTime.now();
    private final PagedTable<CaseView> cases = new PagedTable<>(this::cases);

    @PostConstruct
    void init() {
        center = centerSwitch.activeCode();
        if (center == null) {
            return;
        }
        try {
            rooms = myRooms.of(center, currentCaller.require().username());
        } catch (OneDoorException refused) {
            feedback.refused(refused);
        }
    }

    /** The cases of the watched rooms in the chosen state; none outside a center or when refused. */
    private Page<CaseView> cases(PageRequest request) {
        if (center == null) {
            return Page.of(List.of(), request, 0);
        }
        try {
            return caseViews.list(
                    center,
                    CaseFilter.ofRooms(rooms.stream().map(MyRooms.Room::id).toList(), state),
                    request);
        } catch (OneDoorException refused) {
            feedback.refused(refused);
            return Page.of(List.of(), request, 0);
        }
    }

    /** Opened since this page was: came in while the mediator watched. */
    public boolean isNew(CaseView view) {
        return view.openedAt() != null && view.openedAt().isAfter(opened);
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

    public PagedTable<CaseView> getCases() {
        return cases;
    }

    public CaseState getState() {
        return state;
    }

    public void setState(CaseState state) {
        this.state = state;
    }

    /** Another state shows its own list from its first page. */
    public void onState() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("workbench:cases")
                instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public CaseState[] getStates() {
        return CaseState.values();
    }
}
