package org.onedoor.cases.casefiles.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.onedoor.cases.casefiles.control.Assignments;
import org.onedoor.cases.casefiles.control.CaseView;
import org.onedoor.cases.casefiles.control.ClockView;
import org.onedoor.cases.casefiles.entity.AssignsCases;
import org.onedoor.cases.casefiles.entity.ClockMark;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.i18n.boundary.PageLabels;
import org.onedoor.platform.problems.boundary.ValidForms;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Actor;
import org.onedoor.platform.tenancy.boundary.CenterNames;
import org.onedoor.platform.tenancy.control.TenantScope;

/**
 * The case page's clock and assignee (issue #15.4/#15.5): extension (延期) with the parties' consent,
 * suspension (中止) and resumption, and (re)assignment to a mediator of the case's room. Each fills the
 * form the REST resource reads and calls the same {@link CaseDesk} operation; the case file and
 * {@link Assignments} decide, the page shows their refusal.
 */
@Named
@ViewScoped
public class ClockPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ClockPanel.class.getName());

    static final Map<String, String> EXTENSION_FIELDS =
            Map.of("reason", "actions:extension-reason", "partiesConsent", "actions:extension-consent");
    static final Map<String, String> SUSPENSION_FIELDS = Map.of("reason", "actions:suspension-reason");
    static final Map<String, String> ASSIGNEE_FIELDS =
            Map.of("username", "actions:assignee", "assignee", "actions:assignee");

    @Inject
    CaseFilePage page;

    @Inject
    CaseDesk desk;

    @Inject
    Assignments assignments;

    @Inject
    TenantScope tenantScope;

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

    private String extensionReason;
    private boolean partiesConsent;
    private String suspensionReason;
    private String assignee;
    /** The case's room's mediators, asked once per page; null until asked. */
    private List<String> mediators;

    public void extend() {
        ExtensionForm form = new ExtensionForm();
        form.setReason(extensionReason);
        form.setPartiesConsent(partiesConsent);
        act("ui.clock.extended", EXTENSION_FIELDS, form, () -> desk.extend(center(), caseId(), form, actor()), () -> {
            extensionReason = null;
            partiesConsent = false;
        });
    }

    public void suspend() {
        SuspensionForm form = new SuspensionForm();
        form.setReason(suspensionReason);
        act(
                "ui.clock.suspended",
                SUSPENSION_FIELDS,
                form,
                () -> desk.suspend(center(), caseId(), form, actor()),
                () -> suspensionReason = null);
    }

    public void resume() {
        act("ui.clock.resumed", Map.of(), null, () -> desk.resume(center(), caseId(), actor()), () -> {});
    }

    public void assign() {
        AssigneeForm form = new AssigneeForm();
        form.setUsername(assignee);
        act("ui.clock.assigned", ASSIGNEE_FIELDS, form, () -> desk.assign(center(), caseId(), form, actor()), () -> {});
    }

    private void act(String done, Map<String, String> fields, Object form, Runnable step, Runnable reset) {
        try {
            if (form != null) {
                validForms.requireValid(form);
            }
            step.run();
            feedback.info(done);
            reset.run();
            page.load();
        } catch (OneDoorException refused) {
            feedback.refused(refused, fields);
        }
    }

    /** The case's clock; null without a case. */
    public ClockView getClock() {
        return page.getView() == null ? null : page.getView().clock();
    }

    /** The rule the case keeps, in words: "10 工作日 · 凤凰北街街道的规定". */
    public String getRuleInWords() {
        ClockView.LimitView limit = getClock().limit();
        String whose = limit.setIn() == null
                ? feedback.text("ui.clock.platform-default")
                : feedback.text("ui.clock.set-in", centerNames.of(limit.setIn()));
        return feedback.text("ui.clock.rule-words", limit.amount(), labels.of("LimitUnit", limit.unit()), whose);
    }

    /** The extensions used and allowed, in words: "已延期 0 次，最多 1 次（每次 5 工作日）". */
    public String getExtensionsInWords() {
        ClockView clock = getClock();
        ClockView.LimitView limit = clock.limit();
        return feedback.text(
                "ui.clock.extensions-words",
                clock.extensions(),
                limit.maxExtensions(),
                limit.extensionAmount(),
                labels.of("LimitUnit", limit.unit()));
    }

    /** Whether the case's clock runs here: extension and suspension are offered. */
    public boolean isRunning() {
        CaseView view = page.getView();
        return view != null
                && !view.steps().isEmpty()
                && ClockMark.valueOf(view.clock().mark()).isRunning();
    }

    public boolean isSuspended() {
        CaseView view = page.getView();
        return view != null && view.clock().suspendedAt() != null;
    }

    /** Whether the caller may name who works on the case: a leader or administrator, or one of the room's mediators. */
    public boolean isAssignable() {
        CaseView view = page.getView();
        if (view == null || view.room() == null || view.steps().isEmpty()) {
            return false;
        }
        return tenantScope.holds(center(), AssignsCases.class) || getMediators().contains(actor().username());
    }

    /** The case's room's mediators, by username; none when the configuration cannot be read. */
    public List<String> getMediators() {
        if (mediators == null) {
            CaseView view = page.getView();
            try {
                mediators = view == null || view.room() == null
                        ? List.of()
                        : assignments.mediatorsOf(center(), view.room().id(), actor().username()).stream()
                                .sorted()
                                .toList();
            } catch (RuntimeException e) {
                LOG.warning(() -> "the room's mediators could not be read: " + e);
                mediators = List.of();
            }
        }
        return mediators;
    }

    private String center() {
        return page.center();
    }

    private UUID caseId() {
        return page.getView().id();
    }

    private Actor actor() {
        return currentCaller.acting();
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public boolean isPartiesConsent() {
        return partiesConsent;
    }

    public void setPartiesConsent(boolean partiesConsent) {
        this.partiesConsent = partiesConsent;
    }

    public String getSuspensionReason() {
        return suspensionReason;
    }

    public void setSuspensionReason(String suspensionReason) {
        this.suspensionReason = suspensionReason;
    }

    public String getAssignee() {
        if (assignee == null && page.getView() != null && page.getView().assignee() != null) {
            return page.getView().assignee().username();
        }
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
