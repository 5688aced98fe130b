package org.onedoor.cases.consultations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onedoor.cases.casefiles.entity.HandlesCases;
import org.onedoor.cases.consultations.control.Consultations;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.paging.boundary.PagedTable;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.boundary.ValidForms;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.tenancy.entity.TenantLevel;
import org.primefaces.component.datatable.DataTable;

/**
 * The district's consultations (区级会诊, issue #15.3, ADR 0028) for its case handlers: what the
 * streets and communities beneath asked about their cases — open ones by default, all on request,
 * one page at a time — and the opinion recorded once, which lands in the asking center's case file.
 */
@Named
@ViewScoped
public class ConsultationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The page's choices, open ones or all. */
    public static final List<String> SHOWN = List.of("open", "all");

    private static final String TABLE = "consultations:list";

    @Inject
    CenterSwitch centerSwitch;

    @Inject
    TenantScope tenantScope;

    @Inject
    Consultations consultations;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Feedback feedback;

    @Inject
    ValidForms validForms;

    private String center;
    private boolean allowed;
    private boolean district;
    private String shown = "open";
    /** The opinions being written, by consultation. */
    private final Map<UUID, String> opinions = new HashMap<>();

    private final PagedTable<Consultations.ConsultationView> list = new PagedTable<>(this::read);

    @PostConstruct
    void init() {
        center = centerSwitch.activeCode();
        allowed = center != null && tenantScope.holds(center, HandlesCases.class);
        district = centerSwitch
                .active()
                .map(active -> active.level() == TenantLevel.DISTRICT)
                .orElse(false);
    }

    private Page<Consultations.ConsultationView> read(PageRequest request) {
        if (!allowed) {
            return Page.of(List.of(), request, 0);
        }
        try {
            return consultations.list(center, "open".equals(shown), request);
        } catch (OneDoorException refused) {
            feedback.refused(refused);
            return Page.of(List.of(), request, 0);
        }
    }

    /**
     * Records the opinion written in row {@code index} on {@code consultation}; a blank or refused one
     * is shown at that row's field and nothing changes.
     */
    public void answer(Consultations.ConsultationView consultation, int index) {
        String opinion = opinions.get(consultation.id());
        String field = TABLE + ":" + index + ":opinion";
        try {
            if (opinion == null || opinion.isBlank()) {
                throw new InvalidInputException("opinion", "field.required");
            }
            OpinionForm form = new OpinionForm();
            form.setOpinion(opinion.strip());
            validForms.requireValid(form);
            consultations.answer(center, consultation.id(), form.getOpinion(), currentCaller.acting());
            opinions.remove(consultation.id());
            feedback.info("ui.consultations.answered", consultation.caseNumber());
        } catch (OneDoorException refused) {
            feedback.refused(refused, Map.of("opinion", field));
        }
    }

    /** Another choice shows its list from its first page. */
    public void onShown() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** Whether the page is for this center: its case handlers, at a district, where consultations are asked. */
    public boolean isOffered() {
        return allowed && district;
    }

    public String getCenter() {
        return center;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public boolean isDistrict() {
        return district;
    }

    public String getShown() {
        return shown;
    }

    public void setShown(String shown) {
        this.shown = SHOWN.contains(shown) ? shown : "open";
    }

    public List<String> getShownChoices() {
        return SHOWN;
    }

    public Map<UUID, String> getOpinions() {
        return opinions;
    }

    public PagedTable<Consultations.ConsultationView> getList() {
        return list;
    }
}
