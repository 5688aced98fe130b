package org.onedoor.cases.workbench.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.onedoor.cases.casefiles.control.CaseView;
import org.onedoor.cases.casefiles.control.CaseViews;
import org.onedoor.cases.casefiles.entity.CaseFilter;
import org.onedoor.cases.casefiles.entity.CaseState;
import org.onedoor.cases.workbench.control.MyRooms;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;
import org.onedoor.platform.tenancy.entity.Center;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
    private final Cases cases = new Cases();

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
        } catch (OneDoorException refused) {
            feedback.refused(refused);
        }
    }

    /** The cases of the watched rooms, read one page at a time by the table. */
    public final class Cases extends LazyDataModel<CaseView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1).total();
        }

        @Override
        public List<CaseView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<CaseView> found = page(first / Math.max(1, pageSize), pageSize);
            setRowCount((int) found.total());
            return found.items();
        }

        private Page<CaseView> page(int page, int size) {
            if (center == null) {
                return new Page<>(List.of(), 0, size, 0);
            }
            try {
                return caseViews.list(
                        center,
                        CaseFilter.ofRooms(rooms.stream().map(MyRooms.Room::id).toList(), state),
                        new PageRequest(page, Math.min(size, PageRequest.MAX_SIZE)));
            } catch (OneDoorException refused) {
                feedback.refused(refused);
                return new Page<>(List.of(), 0, size, 0);
            }
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

    public Cases getCases() {
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
