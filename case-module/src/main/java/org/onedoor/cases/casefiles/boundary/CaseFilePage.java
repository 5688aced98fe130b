package org.onedoor.cases.casefiles.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.onedoor.cases.casefiles.control.CaseView;
import org.onedoor.cases.casefiles.control.CaseViews;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.Referral;
import org.onedoor.cases.casefiles.entity.Satisfaction;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;
import org.onedoor.platform.tenancy.entity.Center;
import org.onedoor.platform.time.entity.CenterTime;

/** One case file (一案一档) of the active center: facts, parties (masked), sessions, actions, timeline. */
@Named
@ViewScoped
public class CaseFilePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "notes", "actions:session-notes",
            "reason", "actions:reason",
            "department", "actions:department");

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

    private String id;
    private CaseView view;
    private List<CaseView.Step> timeline = List.of();
    private LocalDateTime heldAt = LocalDateTime.now(CenterTime.zone());
    private String participants;
    private String notes;
    private Grade grade;
    private String facts;
    private String terms;
    private String manner;
    private String place;
    private LocalDate deadline;
    private Referral referral = Referral.LITIGATION;
    private String department;
    private String reason;
    private Satisfaction satisfaction = Satisfaction.SATISFIED;

    /** Loads the case named by the page's {@code id} parameter. */
    public void load() {
        String center = center();
        if (center == null || id == null) {
            return;
        }
        try {
            UUID caseId = UUID.fromString(id);
            view = views.get(center, caseId);
            timeline = views.timeline(center, caseId);
            grade = Grade.valueOf(view.grade());
        } catch (IllegalArgumentException | OneDoorException notFound) {
            view = null;
        }
    }

    private String center() {
        return centerSwitch.active().map(Center::code).map(code -> code.value()).orElse(null);
    }

    private void act(String done, BiConsumer<CaseFile, String> change) {
        try {
            desk.change(center(), view.id(), change);
            feedback.info(done);
            load();
        } catch (OneDoorException refused) {
            feedback.refused(refused, FIELDS);
        }
    }

    public void accept() {
        String actor = currentCaller.actor();
        act("ui.case.accepted", (file, center) -> file.accept(center, actor));
    }

    public void recordSession() {
        String actor = currentCaller.actor();
        act("ui.case.session-recorded", (file, center) -> {
            require("notes", notes);
            file.recordSession(
                    center,
                    heldAt.atZone(CenterTime.zone()).toOffsetDateTime(),
                    participants == null || participants.isBlank() ? "—" : participants.strip(),
                    notes.strip(),
                    actor);
        });
        notes = null;
    }

    public void regrade() {
        String actor = currentCaller.actor();
        act("ui.case.regraded", (file, center) -> file.regrade(center, grade, reason, actor));
    }

    public void resolve() {
        try {
            AgreementForm form = new AgreementForm();
            form.setFacts(required("facts", facts));
            form.setTerms(required("terms", terms));
            PerformanceForm performance = new PerformanceForm();
            performance.setManner(required("manner", manner));
            performance.setPlace(required("place", place));
            if (deadline == null) {
                throw new InvalidInputException("deadline", "field.required");
            }
            performance.setDeadline(deadline);
            form.setPerformance(performance);
            desk.resolve(center(), view.id(), form, currentCaller.actor());
            feedback.info("ui.case.resolved");
            load();
        } catch (OneDoorException refused) {
            feedback.refused(
                    refused,
                    Map.of(
                            "facts", "actions:facts",
                            "terms", "actions:terms",
                            "manner", "actions:manner",
                            "place", "actions:place",
                            "deadline", "actions:deadline"));
        }
    }

    public void refer() {
        String actor = currentCaller.actor();
        act("ui.case.referred", (file, center) -> {
            require("reason", reason);
            file.referTo(center, referral, department, reason.strip(), actor);
        });
    }

    public void followUp() {
        String actor = currentCaller.actor();
        act("ui.case.followed-up", (file, center) -> file.followUp(center, satisfaction, notes, actor));
    }

    public void close() {
        String actor = currentCaller.actor();
        act("ui.case.closed", (file, center) -> file.close(center, actor));
    }

    private static void require(String field, String value) {
        required(field, value);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "field.required");
        }
        return value.strip();
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

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade grade) {
        this.grade = grade;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public String getManner() {
        return manner;
    }

    public void setManner(String manner) {
        this.manner = manner;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Referral getReferral() {
        return referral;
    }

    public void setReferral(Referral referral) {
        this.referral = referral;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Satisfaction getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }
}
