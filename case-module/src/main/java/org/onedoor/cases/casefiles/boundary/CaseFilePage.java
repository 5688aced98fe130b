package org.onedoor.cases.casefiles.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onedoor.cases.casefiles.control.CaseView;
import org.onedoor.cases.casefiles.control.CaseViews;
import org.onedoor.cases.casefiles.entity.Referral;
import org.onedoor.cases.casefiles.entity.Satisfaction;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.i18n.boundary.PageLabels;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.problems.boundary.ValidForms;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Actor;
import org.onedoor.platform.security.entity.AdministersCenter;
import org.onedoor.platform.tenancy.boundary.CenterNames;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * One case file (一案一档) of the active center: facts, parties (masked), sessions, actions, timeline.
 * Each action fills the same form, checked by the same rules, that the REST resource reads, and
 * calls the same {@link CaseDesk} operation (issue #14.2).
 */
@Named
@ViewScoped
public class CaseFilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Each action's broken rules (field paths as the API names them) shown at its own components. */
    static final Map<String, String> SESSION_FIELDS = Map.of(
            "heldAt", "actions:session-at",
            "parties", "actions:session-parties",
            "staff", "actions:session-staff",
            "others", "actions:session-others",
            // the API's free text of before; from the page only "nobody chosen"
            "participants", "actions:session-parties",
            "notes", "actions:session-notes");

    static final Map<String, String> GRADING_FIELDS =
            Map.of("grade", "actions:regrade-grade", "reason", "actions:regrade-reason");

    static final Map<String, String> AGREEMENT_FIELDS = Map.of(
            "facts", "actions:facts",
            "terms", "actions:terms",
            "performance.manner", "actions:manner",
            "performance.place", "actions:place",
            "performance.deadline", "actions:deadline");

    static final Map<String, String> REFERRAL_FIELDS = Map.of(
            "to", "actions:referral",
            "department", "actions:department",
            "reason", "actions:refer-reason");

    static final Map<String, String> FOLLOW_UP_FIELDS =
            Map.of("satisfaction", "actions:satisfaction", "notes", "actions:follow-up-notes");

    /** One of {@link CaseDesk}'s operations on a case, as an action of this page calls it. */
    @FunctionalInterface
    private interface Step<F> {
        CaseView take(String center, UUID id, F form, Actor actor);
    }

    @Inject
    CenterSwitch centerSwitch;

    @Inject
    CaseDesk desk;

    @Inject
    CaseViews views;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Feedback feedback;

    @Inject
    ValidForms validForms;

    @Inject
    TenantScope tenantScope;

    @Inject
    CenterNames centerNames;

    @Inject
    PageLabels labels;

    private String id;
    private CaseView view;
    private List<CaseView.Step> timeline = List.of();
    /** The date picker's time, in the centers' time zone; the session form gets it as an instant. */
    private LocalDateTime heldAt = now();

    private SessionForm session = new SessionForm();
    /** The parties and staff chosen for the session, as the menus hold them (ids and usernames as text). */
    private List<String> sessionParties = new ArrayList<>();

    private List<String> sessionStaff = new ArrayList<>();
    private boolean administrator;
    private GradeForm grading = new GradeForm();
    private AgreementForm agreement = newAgreement();
    private ReferralForm referral = newReferral();
    private FollowUpForm followUp = newFollowUp();

    /**
     * Loads the case named by the page's {@code id} parameter in the page's center. A case that is
     * not there answers 404 when the page is opened, as a link to a center the caller does not work
     * in does (issue #22.2): the same answer whether the case exists elsewhere or not at all.
     */
    public void load() {
        view = find();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (view == null && !faces.isPostback()) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private CaseView find() {
        String center = center();
        if (center == null || id == null) {
            return null;
        }
        try {
            UUID caseId = UUID.fromString(id);
            CaseView found = views.get(center, caseId);
            timeline = views.timeline(center, caseId);
            grading.setGrade(Grade.valueOf(found.grade()));
            administrator = tenantScope.holds(center, AdministersCenter.class);
            return found;
        } catch (IllegalArgumentException | OneDoorException notFound) {
            return null;
        }
    }

    /** The page's center: the active one. */
    public String center() {
        return centerSwitch.activeCode();
    }

    /**
     * Checks {@code form} (when the step takes one) by the API's rules, takes the step, and on success
     * says so, resets the form ({@code reset}) and reloads the case; a refusal shows at {@code fields}.
     */
    private <F> void act(String done, F form, Map<String, String> fields, Step<F> step, Runnable reset) {
        try {
            if (form != null) {
                validForms.requireValid(form);
            }
            step.take(center(), view.id(), form, currentCaller.acting());
            feedback.info(done);
            reset.run();
            load();
        } catch (OneDoorException refused) {
            feedback.refused(refused, fields);
        }
    }

    /** A step without a form: nothing to check or reset. */
    private void act(String done, Step<Void> step) {
        act(done, null, Map.of(), step, () -> {});
    }

    public void accept() {
        act("ui.case.accepted", (center, caseId, none, actor) -> desk.accept(center, caseId, actor));
    }

    public void recordSession() {
        session.setHeldAt(
                heldAt == null ? null : heldAt.atZone(CenterTime.zone()).toOffsetDateTime());
        session.setParties(sessionParties.stream().map(UUID::fromString).toList());
        session.setStaff(List.copyOf(sessionStaff));
        act("ui.case.session-recorded", session, SESSION_FIELDS, desk::recordSession, () -> {
            session = new SessionForm();
            sessionParties = new ArrayList<>();
            sessionStaff = new ArrayList<>();
            heldAt = now();
        });
    }

    public void regrade() {
        act("ui.case.regraded", grading, GRADING_FIELDS, desk::regrade, () -> grading = new GradeForm());
    }

    public void resolve() {
        act("ui.case.resolved", agreement, AGREEMENT_FIELDS, desk::resolve, () -> agreement = newAgreement());
    }

    public void refer() {
        act("ui.case.referred", referral, REFERRAL_FIELDS, desk::refer, () -> referral = newReferral());
    }

    public void followUp() {
        act("ui.case.followed-up", followUp, FOLLOW_UP_FIELDS, desk::followUp, () -> followUp = newFollowUp());
    }

    public void close() {
        act("ui.case.closed", (center, caseId, none, actor) -> desk.close(center, caseId, actor));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(CenterTime.zone());
    }

    private static AgreementForm newAgreement() {
        AgreementForm form = new AgreementForm();
        form.setPerformance(new PerformanceForm());
        return form;
    }

    private static ReferralForm newReferral() {
        ReferralForm form = new ReferralForm();
        form.setTo(Referral.LITIGATION);
        return form;
    }

    private static FollowUpForm newFollowUp() {
        FollowUpForm form = new FollowUpForm();
        form.setSatisfaction(Satisfaction.SATISFIED);
        return form;
    }

    /**
     * The staff a session can name (issue #22.3): whoever worked on this case, as its timeline names
     * them, and the caller; username → name, the caller first.
     */
    public Map<String, String> getStaffChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        Actor me = currentCaller.acting();
        choices.put(me.username(), me.shownName());
        for (CaseView.Step step : timeline) {
            choices.putIfAbsent(step.actor(), step.actorName());
        }
        return choices;
    }

    /** A timeline entry's detail in words, in the page's language. */
    public String detail(CaseView.Step step) {
        return StepDetail.inWords(step.action(), step.detail(), new StepDetail.Words() {
            @Override
            public String label(String vocabulary, String constant) {
                return labels.of(vocabulary, constant);
            }

            @Override
            public String text(String key, Object... arguments) {
                return feedback.text(key, arguments);
            }

            @Override
            public String centerName(String code) {
                return centerNames.of(code);
            }
        });
    }

    /** Administrators see who a name is (the username, on hover); others the name only. */
    public boolean isAdministrator() {
        return administrator;
    }

    /** Whether the case file allows {@code step} now ({@code CaseStep} keys): the page asks, it does not decide. */
    public boolean may(String step) {
        return view != null && view.steps().contains(step);
    }

    public String getAgreementUrl() {
        return "api/v1/t/" + center() + "/cases/" + view.id() + "/agreement.pdf";
    }

    public Grade[] getGrades() {
        return Grade.values();
    }

    public Referral[] getReferrals() {
        return Referral.values();
    }

    public Satisfaction[] getSatisfactions() {
        return Satisfaction.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CaseView getView() {
        return view;
    }

    public List<CaseView.Step> getTimeline() {
        return timeline;
    }

    public LocalDateTime getHeldAt() {
        return heldAt;
    }

    public void setHeldAt(LocalDateTime heldAt) {
        this.heldAt = heldAt;
    }

    public SessionForm getSession() {
        return session;
    }

    public List<String> getSessionParties() {
        return sessionParties;
    }

    public void setSessionParties(List<String> sessionParties) {
        this.sessionParties = sessionParties == null ? new ArrayList<>() : new ArrayList<>(sessionParties);
    }

    public List<String> getSessionStaff() {
        return sessionStaff;
    }

    public void setSessionStaff(List<String> sessionStaff) {
        this.sessionStaff = sessionStaff == null ? new ArrayList<>() : new ArrayList<>(sessionStaff);
    }

    public GradeForm getGrading() {
        return grading;
    }

    public AgreementForm getAgreement() {
        return agreement;
    }

    public ReferralForm getReferral() {
        return referral;
    }

    public FollowUpForm getFollowUp() {
        return followUp;
    }
}
