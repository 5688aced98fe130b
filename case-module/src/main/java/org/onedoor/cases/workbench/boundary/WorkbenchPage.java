package org.onedoor.cases.workbench.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.onedoor.cases.casefiles.control.CaseView;
import org.onedoor.cases.casefiles.control.CaseViews;
import org.onedoor.cases.casefiles.control.MyRooms;
import org.onedoor.cases.casefiles.entity.CaseFilter;
import org.onedoor.cases.casefiles.entity.CaseState;
import org.onedoor.cases.deadlines.entity.SupervisesCases;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.paging.boundary.PagedTable;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.primefaces.component.datatable.DataTable;

/**
 * The mediator's workbench for the active center: the cases of the rooms the mediator works in
 * (every room of the center when none) or those assigned to the mediator (分配给我), newest or nearest
 * deadline first, one page at a time and filtered by state; each row shows its deadline's mark. A
 * websocket brings new dispatches and reminders; the page then reads the current page again and marks
 * the cases opened since the page was.
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

    @Inject
    TenantScope tenantScope;

    private String center;
    private List<MyRooms.Room> rooms = List.of();
    private CaseState state;
    /** Only the cases assigned to the caller, instead of those of the caller's rooms. */
    private boolean mine;
    /** Nearest deadline first, instead of newest first. */
    private boolean byDeadline;

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
            CaseFilter filter = new CaseFilter(
                    state,
                    mine ? Set.of() : rooms.stream().map(MyRooms.Room::id).collect(Collectors.toSet()),
                    null,
                    null,
                    null,
                    mine ? currentCaller.acting().username() : null,
                    null,
                    byDeadline);
            return caseViews.list(center, filter, request);
        } catch (OneDoorException refused) {
            feedback.refused(refused);
            return Page.of(List.of(), request, 0);
        }
    }

    /** Opened since this page was: came in while the mediator watched. */
    public boolean isNew(CaseView view) {
        return view.openedAt() != null && view.openedAt().isAfter(opened);
    }

    /** The websocket address's rooms (the center the bell adds): {@code &room=…} for each room watched. */
    public String getLiveRooms() {
        StringBuilder query = new StringBuilder();
        rooms.forEach(room -> query.append("&room=").append(room.id()));
        return query.toString();
    }

    /** A row's style: new since the page was, and its deadline's mark (yellow, red). */
    public String rowStyle(CaseView view) {
        String mark = view.clock() == null ? "NONE" : view.clock().mark();
        return (isNew(view) ? "od-new " : "") + "od-row-" + mark;
    }

    /** Whether the caller reads the supervision list (督办) here: a link to it is offered. */
    public boolean isSupervisor() {
        return center != null && tenantScope.holds(center, SupervisesCases.class);
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

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public boolean isByDeadline() {
        return byDeadline;
    }

    public void setByDeadline(boolean byDeadline) {
        this.byDeadline = byDeadline;
    }

    /** Another state, scope or order shows its own list from its first page. */
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
