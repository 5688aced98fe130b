package org.onedoor.cases.deadlines.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onedoor.cases.deadlines.control.Supervision;
import org.onedoor.cases.deadlines.entity.SupervisesCases;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.paging.boundary.PagedTable;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.primefaces.component.datatable.DataTable;

/**
 * The supervision page (督办, issue #15.5) of the active center, for its leaders and administrators:
 * the overdue open cases of the center and, by default, of the centers directly below it, longest
 * overdue first, one page at a time; the center's own cases link to their case file.
 */
@Named
@ViewScoped
public class SupervisionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The page's choices of scope, as the API names them. */
    public static final List<String> SCOPES = List.of("below", "own");

    @Inject
    CenterSwitch centerSwitch;

    @Inject
    TenantScope tenantScope;

    @Inject
    SupervisionDesk desk;

    @Inject
    Feedback feedback;

    private String center;
    private boolean allowed;
    private String scope = "below";
    private final PagedTable<Supervision.OverdueCase> cases = new PagedTable<>(this::cases);

    @PostConstruct
    void init() {
        center = centerSwitch.activeCode();
        allowed = center != null && tenantScope.holds(center, SupervisesCases.class);
    }

    private Page<Supervision.OverdueCase> cases(PageRequest request) {
        if (!allowed) {
            return Page.of(List.of(), request, 0);
        }
        try {
            return desk.list(center, "below".equals(scope), request);
        } catch (OneDoorException refused) {
            feedback.refused(refused);
            return Page.of(List.of(), request, 0);
        }
    }

    /** Whether a row is the center's own case: only those link to their case file here. */
    public boolean isOwn(Supervision.OverdueCase overdue) {
        return overdue.center().equals(center);
    }

    /** Another scope shows its list from its first page. */
    public void onScope() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("supervision:cases")
                instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public String getCenter() {
        return center;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = SCOPES.contains(scope) ? scope : "below";
    }

    public List<String> getScopes() {
        return SCOPES;
    }

    public PagedTable<Supervision.OverdueCase> getCases() {
        return cases;
    }
}
