package org.onedoor.reception.hall.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.paging.boundary.PagedTable;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.AdministersCenter;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.time.entity.CenterTime;
import org.onedoor.reception.hall.control.DisplayLinks;
import org.onedoor.reception.hall.entity.DisplayLink;

/**
 * The hall display links of the active center, for its administrators: make one for a television
 * (its address shown this once, to copy), see them all, revoke one. The same control and the same
 * permission as the API.
 */
@Named
@ViewScoped
public class DisplaysPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> FIELDS = Map.of("label", "displays:label");

    @Inject
    CenterSwitch centerSwitch;

    @Inject
    TenantScope tenantScope;

    @Inject
    DisplayLinks links;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Feedback feedback;

    private String center;
    private boolean administrator;
    private String label;
    private IssuedDisplayLink issued;
    private final PagedTable<DisplayLinkView> table = new PagedTable<>(this::read);

    @PostConstruct
    void init() {
        center = centerSwitch.activeCode();
        administrator = center != null && tenantScope.holds(center, AdministersCenter.class);
    }

    public void create() {
        try {
            issued = IssuedDisplayLink.of(links.create(center, label, currentCaller.actor()), moduleRoot());
            feedback.info("ui.displays.created", issued.label());
            label = null;
        } catch (OneDoorException refused) {
            issued = null;
            feedback.refused(refused, FIELDS);
        }
    }

    public void revoke(UUID id) {
        try {
            feedback.info(
                    "ui.displays.revoked",
                    links.revoke(center, id, currentCaller.actor()).label());
        } catch (OneDoorException refused) {
            feedback.refused(refused);
        }
    }

    /** A time as people read it, in the centers' zone. */
    public String when(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(CenterTime.zone()).format(WHEN);
    }

    private Page<DisplayLinkView> read(PageRequest request) {
        if (!administrator) {
            return Page.of(List.of(), request, 0);
        }
        try {
            return links.list(center, request).map(DisplayLinkView::of);
        } catch (OneDoorException refused) {
            feedback.refused(refused);
            return Page.of(List.of(), request, 0);
        }
    }

    /** This module's address as the administrator's browser reached it. */
    private static URI moduleRoot() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        URI page = URI.create(
                ((HttpServletRequest) external.getRequest()).getRequestURL().toString());
        return page.resolve(external.getRequestContextPath() + "/");
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public String getCenter() {
        return center;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public IssuedDisplayLink getIssued() {
        return issued;
    }

    public PagedTable<DisplayLinkView> getTable() {
        return table;
    }

    public int getLabelMax() {
        return DisplayLink.LABEL_MAX;
    }
}
