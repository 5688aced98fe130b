package org.onedoor.cases.consultations.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onedoor.cases.casefiles.boundary.CaseDesk;
import org.onedoor.cases.casefiles.boundary.CaseFilePage;
import org.onedoor.cases.casefiles.boundary.VisitForm;
import org.onedoor.cases.casefiles.control.CaseView;
import org.onedoor.cases.casefiles.entity.CaseState;
import org.onedoor.cases.casefiles.entity.RequirementKind;
import org.onedoor.cases.consultations.control.Consultations;
import org.onedoor.platform.calendar.entity.LimitUnit;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.i18n.boundary.PageLabels;
import org.onedoor.platform.problems.boundary.ValidForms;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.tenancy.boundary.CenterNames;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * The case page's path (办案流程, issue #15.3, ADR 0028): the steps the case's path requires, done and
 * to do, and the two a handler takes here — asking the district's consultation (提请区级会诊) and
 * recording a routine visit (记录走访). Each calls the same operation as the REST resource; the case
 * file decides, the page shows its refusal.
 */
@Named
@ViewScoped
public class PathPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> QUESTION_FIELDS = Map.of("question", "actions:consult-question");
    static final Map<String, String> VISIT_FIELDS = Map.of("note", "actions:visit-note");

    /** A step's state as the page marks it ({@code data-state}). */
    public static final String DONE = "done";

    public static final String ASKED = "asked";
    public static final String OUTSTANDING = "outstanding";
    public static final String SCHEDULED = "scheduled";
    public static final String ENDED = "ended";

    @Inject
    CaseFilePage page;

    @Inject
    CaseDesk desk;

    @Inject
    Consultations consultations;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Feedback feedback;

    @Inject
    ValidForms validForms;

    @Inject
    PageLabels labels;

    @Inject
    CenterNames centerNames;

    private String question;
    private String visitNote;

    /** The steps the case's path requires; none without a case. */
    public List<CaseView.Requirement> getSteps() {
        CaseView view = page.getView();
        return view == null ? List.of() : view.requirements();
    }

    /** Whether a consultation may be asked now: required, neither done nor asked, the case open here. */
    public boolean isAskable() {
        return step(RequirementKind.CONSULT)
                        .filter(step -> step.doneAt() == null && step.requestedAt() == null)
                        .isPresent()
                && isOpenHere();
    }

    /** Whether a visit may be recorded: the path has visits and the case is open here. */
    public boolean isVisitable() {
        return step(RequirementKind.VISIT).isPresent() && isOpenHere();
    }

    public void ask() {
        ConsultationForm form = new ConsultationForm();
        form.setQuestion(question);
        act("ui.path.asked", QUESTION_FIELDS, () -> {
            requireText("question", question);
            validForms.requireValid(form);
            consultations.ask(page.center(), page.getView().id(), question.strip(), currentCaller.acting());
            question = null;
        });
    }

    public void visit() {
        VisitForm form = new VisitForm();
        form.setNote(visitNote == null ? null : visitNote.strip());
        act("ui.path.visited", VISIT_FIELDS, () -> {
            requireText("note", visitNote);
            validForms.requireValid(form);
            desk.visit(page.center(), page.getView().id(), form, currentCaller.acting());
            visitNote = null;
        });
    }

    private void act(String done, Map<String, String> fields, Runnable step) {
        try {
            step.run();
            feedback.info(done);
            page.load();
        } catch (OneDoorException refused) {
            feedback.refused(refused, fields);
        }
    }

    /** Blank text is refused in the page's words (此项必填), before Bean Validation's server-language message. */
    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "field.required");
        }
    }

    /**
     * {@link #DONE}, {@link #ASKED} (a consultation awaiting the opinion) or {@link #OUTSTANDING};
     * visits {@link #SCHEDULED} while the case is open here, {@link #ENDED} after.
     */
    public String state(CaseView.Requirement step) {
        if (RequirementKind.VISIT.name().equals(step.kind())) {
            return isOpenHere() ? SCHEDULED : ENDED;
        }
        if (step.doneAt() != null) {
            return DONE;
        }
        return step.requestedAt() == null ? OUTSTANDING : ASKED;
    }

    /** The step's state in words: 已完成, 已提请，等待区级意见, 待办, 按期走访, 已停止. */
    public String stateInWords(CaseView.Requirement step) {
        return feedback.text("ui.path.state." + state(step));
    }

    /** The step's rule in words: "10 工作日内" for a consultation, "每 7 自然日一次" for visits. */
    public String ruleInWords(CaseView.Requirement step) {
        String unit = labels.of("LimitUnit", step.unit());
        String key = RequirementKind.VISIT.name().equals(step.kind()) ? "ui.path.rule.visit" : "ui.path.rule.once";
        String rule = feedback.text(key, step.amount(), unit);
        return step.setIn() == null
                ? rule
                : rule + " · " + feedback.text("ui.clock.set-in", centerNames.of(step.setIn()));
    }

    /**
     * When a step is due, for {@code when.of}: for a limit in days its last day (it ends at 24:00,
     * stored as the next midnight, so that day is shown, not the next); for hours, to the minute.
     */
    public Object due(CaseView.Requirement step) {
        OffsetDateTime dueAt = step.dueAt();
        if (dueAt == null || LimitUnit.WORKING_HOURS.name().equals(step.unit())) {
            return dueAt;
        }
        return dueAt.toInstant().minusNanos(1).atZone(CenterTime.zone()).toLocalDate();
    }

    /** Whether a step still to do is past its due time. */
    public boolean overdue(CaseView.Requirement step) {
        String state = state(step);
        boolean pending = !DONE.equals(state) && !ENDED.equals(state);
        return pending && step.dueAt() != null && step.dueAt().toInstant().isBefore(Instant.now());
    }

    /** The due label: 须在此前完成 for a consultation, 下次走访 for visits. */
    public String dueLabel(CaseView.Requirement step) {
        return feedback.text(RequirementKind.VISIT.name().equals(step.kind()) ? "ui.path.next-visit" : "ui.path.due");
    }

    /** Whether the case is open in this center: not concluded, not escalated away. */
    private boolean isOpenHere() {
        CaseView view = page.getView();
        if (view == null || view.escalatedTo() != null) {
            return false;
        }
        CaseState state = CaseState.valueOf(view.state());
        return state == CaseState.DISPATCHED || state == CaseState.ACCEPTED;
    }

    private Optional<CaseView.Requirement> step(RequirementKind kind) {
        return getSteps().stream()
                .filter(step -> kind.name().equals(step.kind()))
                .findFirst();
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getVisitNote() {
        return visitNote;
    }

    public void setVisitNote(String visitNote) {
        this.visitNote = visitNote;
    }
}
