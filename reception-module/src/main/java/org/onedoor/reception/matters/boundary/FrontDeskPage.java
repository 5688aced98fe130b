package org.onedoor.reception.matters.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.matters.boundary.PartyForm;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.matters.entity.RiskLevel;
import org.onedoor.platform.paging.boundary.PagedTable;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.boundary.ValidForms;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;
import org.onedoor.reception.matters.control.CenterConfiguration;
import org.onedoor.reception.matters.control.IntakeConfiguration;
import org.onedoor.reception.matters.entity.Room;

/** The front desk page of the active center: register a resident, see the day's tickets, dispatch. */
@Named
@ViewScoped
public class FrontDeskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Broken rules shown at their field rather than page-wide. */
    private static final Map<String, String> FIELDS = Map.of(
            "categoryCode", "desk:category",
            "roomId", "desk:room",
            "parties[0].idNumber", "desk:applicant-id",
            "parties[0].phone", "desk:applicant-phone",
            "parties[1].idNumber", "desk:respondent-id",
            "parties[1].phone", "desk:respondent-phone");

    @Inject
    CenterSwitch centerSwitch;

    @Inject
    CenterConfiguration configuration;

    @Inject
    FrontDesk desk;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Feedback feedback;

    @Inject
    ValidForms forms;

    private String center;
    private IntakeConfiguration rules;
    private final PartyForm applicant = new PartyForm();
    private final PartyForm respondent = new PartyForm();
    /** The same form, with the same rules, that the REST resource reads (issue #14.2). */
    private MatterForm form = MatterForm.atTheDesk();

    private MatterView registered;
    /** The matter the address names, if any: shown as {@link #registered}. */
    private String matter;

    private final PagedTable<MatterView> today = new PagedTable<>(this::today);

    @PostConstruct
    void init() {
        center = centerSwitch.activeCode();
        if (center != null) {
            try {
                rules = configuration.of(center, currentCaller.actor());
            } catch (OneDoorException refused) {
                feedback.refused(refused);
            }
        }
    }

    /**
     * Shows the matter the address names ({@code ?center=…&matter=…}, the link of a resident's other
     * open matter) as the one at hand, ready to dispatch; one that is not in this center answers 404.
     */
    public void showMatter() {
        if (matter == null || matter.isBlank()) {
            return;
        }
        try {
            registered = desk.get(center, matterId());
        } catch (OneDoorException refused) {
            feedback.refused(refused);
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private UUID matterId() {
        try {
            return UUID.fromString(matter.strip());
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException("matter.not-found", matter);
        }
    }

    /** Routing's suggestion for the chosen category becomes the chosen room. */
    public void onCategory() {
        form.setRoomId(Optional.ofNullable(rules)
                .flatMap(found -> found.routeFor(form.getCategoryCode()))
                .map(Room::id)
                .orElse(null));
    }

    public void register() {
        try {
            applicant.setRole(PartyRole.APPLICANT);
            respondent.setRole(PartyRole.RESPONDENT);
            form.setParties(
                    respondent.getName() == null || respondent.getName().isBlank()
                            ? List.of(applicant)
                            : List.of(applicant, respondent));
            forms.requireValid(form);
            registered = desk.register(center, form.toNewMatter(), currentCaller.acting());
            feedback.info(
                    "ui.desk.registered",
                    registered.ticket(),
                    registered.room() == null ? "—" : registered.room().name());
            clear();
        } catch (OneDoorException refused) {
            feedback.refused(refused, FIELDS);
        }
    }

    public void dispatch(UUID matterId) {
        try {
            MatterView dispatched = desk.dispatch(center, matterId, null, currentCaller.actor());
            feedback.info(
                    "ui.desk.dispatched", dispatched.ticket(), dispatched.room().name());
            if (registered != null && registered.id().equals(matterId)) {
                registered = dispatched;
            }
        } catch (OneDoorException refused) {
            feedback.refused(refused);
        }
    }

    private void clear() {
        for (PartyForm party : List.of(applicant, respondent)) {
            party.setName(null);
            party.setIdNumber(null);
            party.setPhone(null);
            party.setAddress(null);
        }
        form = MatterForm.atTheDesk();
    }

    public boolean isReady() {
        return rules != null;
    }

    public Map<String, String> getCategories() {
        return rules == null ? Map.of() : rules.categories();
    }

    public List<Room> getRooms() {
        return rules == null ? List.of() : List.copyOf(rules.rooms().values());
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public RiskLevel[] getRiskLevels() {
        return RiskLevel.values();
    }

    public Grade[] getGrades() {
        return Grade.values();
    }

    public PartyForm getApplicant() {
        return applicant;
    }

    public PartyForm getRespondent() {
        return respondent;
    }

    public MatterForm getForm() {
        return form;
    }

    public MatterView getRegistered() {
        return registered;
    }

    public PagedTable<MatterView> getToday() {
        return today;
    }

    /** The day's matters, newest first; none outside a center or when refused. */
    private Page<MatterView> today(PageRequest request) {
        if (center == null) {
            return Page.of(List.of(), request, 0);
        }
        try {
            return desk.list(center, null, null, request);
        } catch (OneDoorException refused) {
            feedback.refused(refused);
            return Page.of(List.of(), request, 0);
        }
    }

    public String getCenter() {
        return center;
    }

    public String getMatter() {
        return matter;
    }

    public void setMatter(String matter) {
        this.matter = matter;
    }
}
