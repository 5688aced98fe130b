package org.onedoor.cases.casefiles.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.onedoor.cases.casefiles.control.Assignments;
import org.onedoor.cases.casefiles.control.CaseFiles;
import org.onedoor.cases.casefiles.control.CaseTimeLimits;
import org.onedoor.cases.casefiles.control.CaseView;
import org.onedoor.cases.casefiles.control.CaseViews;
import org.onedoor.cases.casefiles.entity.Agreement;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.HandlesCases;
import org.onedoor.cases.casefiles.entity.OpensCases;
import org.onedoor.platform.privacy.entity.NationalId;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.security.entity.Actor;
import org.onedoor.platform.tenancy.control.TenantScope;

/**
 * The case module's operations as the API and the pages share them: each one transaction bound to
 * the center, answering views (personal data masked) built before the transaction ends.
 */
@ApplicationScoped
@Transactional
public class CaseDesk {

    /** How far the front desk's clock may run ahead of ours before its registration time is refused. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    TenantScope tenantScope;

    @Inject
    CaseFiles caseFiles;

    @Inject
    CaseViews views;

    @Inject
    CaseTimeLimits timeLimits;

    @Inject
    Assignments assignments;

    public record Opened(CaseView view, boolean created) {}

    public Opened open(String center, DispatchForm form, Actor actor) {
        tenantScope.enter(center, OpensCases.class);
        if (form.getRegisteredAt().toInstant().isAfter(Instant.now().plus(CLOCK_SKEW))) {
            throw new InvalidInputException("registeredAt", "case.registered-at.future");
        }
        for (int i = 0; i < form.getParties().size(); i++) {
            String id = form.getParties().get(i).getIdNumber();
            if (id != null && !id.isBlank() && !NationalId.isValid(id.strip())) {
                throw new InvalidInputException("parties[" + i + "].idNumber", "case.id-number.invalid");
            }
        }
        CaseFiles.Opened opened = caseFiles.open(
                center,
                new CaseFile.Dispatch(
                        form.getMatterId(),
                        form.getTicket(),
                        form.getCategory().getCode(),
                        form.getCategory().getName(),
                        form.getChannel(),
                        form.getGrade(),
                        form.getRiskLevel(),
                        form.getDescription().strip(),
                        form.getRoom() == null ? null : form.getRoom().getId(),
                        form.getRoom() == null ? null : form.getRoom().getName(),
                        form.getRegisteredAt(),
                        new Actor(form.getRegisteredBy(), form.getRegisteredByName())),
                form.getParties().stream()
                        .map(party -> new CaseFiles.NewParty(
                                party.getRole(),
                                party.getName().strip(),
                                NationalId.parse(party.getIdNumber())
                                        .map(NationalId::value)
                                        .orElse(null),
                                blankToNull(party.getPhone()),
                                blankToNull(party.getAddress())))
                        .toList(),
                actor);
        String assignee = blankToNull(form.getAssignee());
        if (opened.created() && assignee != null) {
            CaseFile caseFile = opened.caseFile();
            caseFiles.change(
                    caseFile.id(),
                    file -> file.assignTo(center, assignments.atDispatch(center, file, assignee, actor), actor));
        }
        return new Opened(view(opened.caseFile()), opened.created());
    }

    public CaseView accept(String center, UUID id, Actor actor) {
        return change(center, id, caseFile -> caseFile.accept(center, actor));
    }

    public CaseView recordSession(String center, UUID id, SessionForm form, Actor actor) {
        return change(
                center,
                id,
                caseFile -> caseFile.recordSession(
                        center,
                        form.getHeldAt(),
                        form.participants(),
                        form.getNotes().strip(),
                        actor));
    }

    public CaseView regrade(String center, UUID id, GradeForm form, Actor actor) {
        return change(center, id, caseFile -> {
            caseFile.regrade(center, form.getGrade(), blankToNull(form.getReason()), actor);
            timeLimits.regraded(center, caseFile, actor.username());
        });
    }

    /** Extends the time limit (延期) as its rule allows, with the parties' consent. */
    public CaseView extend(String center, UUID id, ExtensionForm form, Actor actor) {
        return change(
                center,
                id,
                caseFile -> caseFile.extend(
                        center,
                        form.getReason().strip(),
                        form.getPartiesConsent(),
                        timeLimits.calendarOf(center),
                        timeLimits.warnDays(),
                        actor));
    }

    /** Records a routine visit (走访); the next one is due within the path's rhythm. */
    public CaseView visit(String center, UUID id, VisitForm form, Actor actor) {
        return change(
                center,
                id,
                caseFile -> caseFile.recordVisit(center, form.getNote().strip(), timeLimits.calendarOf(center), actor));
    }

    /** Suspends the clock (中止). */
    public CaseView suspend(String center, UUID id, SuspensionForm form, Actor actor) {
        return change(
                center,
                id,
                caseFile -> caseFile.suspend(center, form.getReason().strip(), actor));
    }

    /** The suspended clock runs again. */
    public CaseView resume(String center, UUID id, Actor actor) {
        return change(
                center,
                id,
                caseFile -> caseFile.resume(center, timeLimits.calendarOf(center), timeLimits.warnDays(), actor));
    }

    /** Names who works on the case: a leader anyone of the room, a room's mediator one of them. */
    public CaseView assign(String center, UUID id, AssigneeForm form, Actor actor) {
        return change(
                center,
                id,
                caseFile -> caseFile.assignTo(
                        center, assignments.assignable(center, caseFile, form.getUsername(), actor), actor));
    }

    /** Resolved: the mediation agreement is recorded. */
    public CaseView resolve(String center, UUID id, AgreementForm form, Actor actor) {
        PerformanceForm performance = form.getPerformance();
        Agreement agreement = new Agreement(
                form.getFacts().strip(),
                form.getTerms().strip(),
                performance.getManner().strip(),
                performance.getPlace().strip(),
                performance.getDeadline());
        return change(center, id, caseFile -> caseFile.resolveWith(center, agreement, actor));
    }

    /** Not resolved: referred on; the case file refuses the competent department unnamed. */
    public CaseView refer(String center, UUID id, ReferralForm form, Actor actor) {
        return change(
                center,
                id,
                caseFile -> caseFile.referTo(
                        center,
                        form.getTo(),
                        blankToNull(form.getDepartment()),
                        form.getReason().strip(),
                        actor));
    }

    public CaseView followUp(String center, UUID id, FollowUpForm form, Actor actor) {
        return change(
                center,
                id,
                caseFile -> caseFile.followUp(center, form.getSatisfaction(), blankToNull(form.getNotes()), actor));
    }

    public CaseView close(String center, UUID id, Actor actor) {
        return change(center, id, caseFile -> caseFile.close(center, actor));
    }

    /**
     * Any change of a case by its handlers; what it adds to the timeline reaches the observers of
     * {@code CaseChanged} in the same transaction.
     */
    private CaseView change(String center, UUID id, Consumer<CaseFile> change) {
        tenantScope.enter(center, HandlesCases.class);
        return view(caseFiles.change(id, change));
    }

    private CaseView view(CaseFile caseFile) {
        return views.of(caseFile);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
