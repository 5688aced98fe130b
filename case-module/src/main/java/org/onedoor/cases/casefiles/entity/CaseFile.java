package org.onedoor.cases.casefiles.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.platform.calendar.entity.Calendar;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.matters.entity.RiskLevel;
import org.onedoor.platform.persistence.NullableUuid;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.security.entity.Actor;

/**
 * The case file (一案一档) of one matter in the center that handles it. Every change goes through an
 * intent-named method that checks the state and writes the timeline entry; an action out of turn
 * is refused with {@link CaseActionRefusedException}.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String number;

    @Column(name = "matter_id", nullable = false, unique = true)
    private UUID matterId;

    private String ticket;

    @Column(name = "first_receiver", nullable = false)
    private String firstReceiver;

    @Column(name = "category_code", nullable = false)
    private String categoryCode;

    @Column(name = "category_name", nullable = false)
    private String categoryName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Grade grade;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    private RiskLevel riskLevel;

    @Column(nullable = false)
    private String description;

    @Column(name = "room_id")
    @Convert(converter = NullableUuid.class)
    private UUID roomId;

    @Column(name = "room_name")
    private String roomName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_to")
    private Referral referralTo;

    @Column(name = "referral_department")
    private String referralDepartment;

    @Column(name = "referral_reason")
    private String referralReason;

    @Column(name = "agreement_facts")
    private String agreementFacts;

    @Column(name = "agreement_terms")
    private String agreementTerms;

    @Column(name = "performance_manner")
    private String performanceManner;

    @Column(name = "performance_place")
    private String performancePlace;

    @Column(name = "performance_deadline")
    private LocalDate performanceDeadline;

    @Column(name = "agreed_at")
    private OffsetDateTime agreedAt;

    @Enumerated(EnumType.STRING)
    private Satisfaction satisfaction;

    @Column(name = "follow_up_notes")
    private String followUpNotes;

    @Column(name = "followed_up_at")
    private OffsetDateTime followedUpAt;

    @Column(name = "escalated_to")
    private String escalatedTo;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "opened_at", nullable = false)
    private OffsetDateTime openedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    /** Who works on the case (issue #15.4): one of the room's mediators, or whom a leader named. */
    @Column(name = "assignee")
    private String assignee;

    @Column(name = "assignee_name")
    private String assigneeName;

    @Embedded
    private CaseClock clock = CaseClock.none();

    @Version
    private long version;

    /** The steps its path requires besides the time limit (issue #15.3): consultation, visits. */
    @ElementCollection
    @CollectionTable(name = "case_requirement", joinColumns = @JoinColumn(name = "case_id"))
    private List<CaseRequirement> requirements = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<CaseParty> parties = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("heldAt")
    private List<MediationSession> sessions = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("at")
    private List<CaseEvent> timeline = new ArrayList<>();

    protected CaseFile() {}

    /** What the front desk hands over at dispatch. */
    public record Dispatch(
            UUID matterId,
            String ticket,
            String categoryCode,
            String categoryName,
            Channel channel,
            Grade grade,
            RiskLevel riskLevel,
            String description,
            UUID roomId,
            String roomName,
            OffsetDateTime registeredAt,
            Actor registrar) {}

    /** Opens the case file of a dispatched matter; the timeline starts with registration and dispatch. */
    public static CaseFile open(String center, String number, Dispatch dispatch, Actor actor) {
        CaseFile file = new CaseFile();
        file.id = UUID.randomUUID();
        file.number = number;
        file.matterId = dispatch.matterId();
        file.ticket = dispatch.ticket();
        file.firstReceiver = center;
        file.categoryCode = dispatch.categoryCode();
        file.categoryName = dispatch.categoryName();
        file.channel = dispatch.channel();
        file.grade = dispatch.grade();
        file.riskLevel = dispatch.riskLevel();
        file.description = dispatch.description();
        file.roomId = dispatch.roomId();
        file.roomName = dispatch.roomName();
        file.state = CaseState.DISPATCHED;
        file.registeredAt = dispatch.registeredAt();
        file.registeredBy = dispatch.registrar().username();
        file.openedAt = OffsetDateTime.now();
        // the desk passes the registering clerk with the name it kept; usually the clerk dispatches too
        Actor registrar = dispatch.registrar().username().equals(actor.username())
                        && dispatch.registrar().name() == null
                ? actor
                : dispatch.registrar();
        file.timeline.add(new CaseEvent(
                file, center, CaseAction.REGISTERED, dispatch.ticket(), registrar, dispatch.registeredAt()));
        file.record(center, CaseAction.DISPATCHED, dispatch.roomName(), actor);
        return file;
    }

    public CaseParty addParty(PartyRole role, String name, String idNumber, String phone, String address) {
        CaseParty party = new CaseParty(this, parties.size(), role, name, idNumber, phone, address);
        parties.add(party);
        return party;
    }

    /** A mediator takes the case on (接办); nobody named yet, they are who works on it from now. */
    public void accept(String center, Actor actor) {
        require(CaseStep.ACCEPT);
        state = CaseState.ACCEPTED;
        if (assignee == null) {
            assignee = actor.username();
            assigneeName = actor.name();
        }
        record(center, CaseAction.ACCEPTED, null, actor);
    }

    /**
     * Records a session with the participants chosen (issue #22.3): at least one; parties of this
     * case only; staff named as the timeline knows them. The timeline entry lists them as people may
     * read them (parties masked).
     */
    public MediationSession recordSession(
            String center, OffsetDateTime heldAt, SessionParticipants participants, String notes, Actor actor) {
        require(CaseStep.SESSION);
        if (participants.isEmpty()) {
            throw new InvalidInputException("participants", "case.session.participants.required");
        }
        for (UUID party : participants.parties()) {
            if (party(party).isEmpty()) {
                throw new InvalidInputException("parties", "case.party-not-found", party);
            }
        }
        Map<String, String> staffNames = staffNames();
        if (actor.name() != null) {
            staffNames.put(actor.username(), actor.name());
        }
        MediationSession session =
                new MediationSession(this, heldAt, participants, staffNames, notes, actor.username());
        sessions.add(session);
        record(center, CaseAction.SESSION, String.join("、", session.shownParticipants()), actor);
        return session;
    }

    /** The staff who worked on this case, by username, with their names where the timeline kept them. */
    public Map<String, String> staffNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (CaseEvent event : timeline) {
            Actor actor = event.actedBy();
            if (actor.name() != null || !names.containsKey(actor.username())) {
                names.put(actor.username(), actor.shownName());
            }
        }
        return names;
    }

    public Optional<CaseParty> party(UUID id) {
        return parties.stream().filter(party -> party.id().equals(id)).findFirst();
    }

    /** A party's name masked, as the party table shows it; a party not (or no longer) here: masked nothing. */
    String maskedPartyName(UUID id) {
        return party(id).map(party -> party.masked(CaseParty.Field.NAME)).orElse("*");
    }

    /**
     * {@code text} with every party's full name in it masked (product brief: names are shown masked
     * by default): for words people typed — descriptions, session records, reasons — that may name
     * a party. Names of one character are left: masking them would mask ordinary words.
     */
    public String masked(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String result = text;
        List<CaseParty> longestFirst = parties.stream()
                .filter(party -> party.value(CaseParty.Field.NAME) != null)
                .sorted(Comparator.comparingInt((CaseParty party) ->
                                party.value(CaseParty.Field.NAME).strip().length())
                        .reversed())
                .toList();
        for (CaseParty party : longestFirst) {
            String name = party.value(CaseParty.Field.NAME).strip();
            if (name.codePointCount(0, name.length()) > 1) {
                result = result.replace(name, party.masked(CaseParty.Field.NAME));
            }
        }
        return result;
    }

    public void regrade(String center, Grade newGrade, String reason, Actor actor) {
        require(CaseStep.REGRADE);
        record(center, CaseAction.REGRADED, grade + " → " + newGrade + (reason == null ? "" : ": " + reason), actor);
        grade = newGrade;
    }

    /**
     * Starts the case's clock under the rule its center gives it, counted from registration
     * (issue #15.5); it turns yellow {@code warnDays} working days before the deadline.
     */
    public void startClock(RuleInForce rule, Calendar calendar, int warnDays) {
        clock = CaseClock.started(rule, registeredAt, calendar, warnDays);
    }

    /** After a regrade: the new grade's rule, as it was in force when the case opened. */
    public void keepRuleOfGrade(RuleInForce rule, Calendar calendar, int warnDays) {
        clock.regraded(rule, calendar, warnDays, Instant.now());
    }

    /**
     * The steps the case's path requires under the rules in force when it opened, due from its
     * registration; after a regrade, the new grade's steps (what was done stays done, a step the new
     * grade does not require and nobody did goes).
     */
    public void requireSteps(Map<RequirementKind, RuleInForce> rules, Calendar calendar) {
        requirements.removeIf(step -> !rules.containsKey(step.kind()) && step.doneAt() == null);
        rules.forEach((kind, rule) -> requirement(kind)
                .ifPresentOrElse(
                        step -> step.keep(rule, registeredAt, calendar),
                        () -> requirements.add(CaseRequirement.of(kind, rule, registeredAt, calendar))));
    }

    /** The district's consultation (提级会诊) is asked of {@code district}, with the question. */
    public void askConsultation(String center, String district, String question, Actor actor) {
        requireOpen();
        CaseRequirement step = requirement(RequirementKind.CONSULT)
                .orElseThrow(() -> CaseActionRefusedException.stepNotRequired(RequirementKind.CONSULT));
        step.askedOf(district, Instant.now());
        record(center, CaseAction.CONSULTATION_ASKED, district + ": " + question, actor);
    }

    /** A routine visit (走访) was made; the next is due within the rule's rhythm of it. */
    public void recordVisit(String center, String note, Calendar calendar, Actor actor) {
        requireOpen();
        CaseRequirement step = requirement(RequirementKind.VISIT)
                .orElseThrow(() -> CaseActionRefusedException.stepNotRequired(RequirementKind.VISIT));
        step.visited(note, actor, Instant.now(), calendar);
        record(center, CaseAction.VISITED, note, actor);
    }

    public Optional<CaseRequirement> requirement(RequirementKind kind) {
        return requirements.stream().filter(step -> step.kind() == kind).findFirst();
    }

    public List<CaseRequirement> requirements() {
        return List.copyOf(requirements);
    }

    /** Refuses a step of the path on the escalated copy or once the case is concluded. */
    private void requireOpen() {
        requireHandledHere();
        if (state != CaseState.DISPATCHED && state != CaseState.ACCEPTED) {
            throw CaseActionRefusedException.closed();
        }
    }

    /** Refuses a conclusion while a step the path requires before it is not done. */
    private void requireStepsDone() {
        List<RequirementKind> outstanding = requirements.stream()
                .filter(CaseRequirement::isOutstanding)
                .map(CaseRequirement::kind)
                .toList();
        if (!outstanding.isEmpty()) {
            throw CaseActionRefusedException.stepsOutstanding(outstanding);
        }
    }

    /**
     * Extends the time limit (延期) once more, as the rule allows: with a reason and the parties'
     * consent, both recorded on the timeline with the deadline before and after.
     */
    public void extend(
            String center, String reason, boolean partiesConsent, Calendar calendar, int warnDays, Actor actor) {
        requireHandledHere();
        if (!partiesConsent) {
            throw new InvalidInputException("partiesConsent", "case.extension.consent-required");
        }
        OffsetDateTime before = clock.extend(calendar, warnDays, Instant.now());
        record(
                center,
                CaseAction.EXTENDED,
                before.toInstant() + " → " + clock.dueAt().toInstant() + ": " + reason,
                actor);
    }

    /** Suspends the clock (中止), e.g. while an expert assessment is awaited. */
    public void suspend(String center, String reason, Actor actor) {
        requireHandledHere();
        clock.suspend(Instant.now());
        record(center, CaseAction.SUSPENDED, reason, actor);
    }

    /** The clock runs again; the deadline moves by the time it stood. */
    public void resume(String center, Calendar calendar, int warnDays, Actor actor) {
        requireHandledHere();
        OffsetDateTime before = clock.resume(calendar, warnDays, Instant.now());
        record(
                center,
                CaseAction.RESUMED,
                before.toInstant() + " → " + clock.dueAt().toInstant(),
                actor);
    }

    /**
     * Names who works on the case (issue #15.4); the caller checked that they may. Not once the case
     * is closed or moved up.
     */
    public void assignTo(String center, Actor person, Actor actor) {
        requireHandledHere();
        if (state.isClosed()) {
            throw CaseActionRefusedException.closed();
        }
        assignee = person.username();
        assigneeName = person.name();
        record(center, CaseAction.ASSIGNED, person.shownName(), actor);
    }

    public void resolveWith(String center, Agreement agreement, Actor actor) {
        require(CaseStep.RESOLVE);
        requireStepsDone();
        agreementFacts = agreement.facts();
        agreementTerms = agreement.terms();
        performanceManner = agreement.manner();
        performancePlace = agreement.place();
        performanceDeadline = agreement.deadline();
        agreedAt = OffsetDateTime.now();
        clock.conclude(agreedAt.toInstant());
        state = CaseState.RESOLVED;
        record(center, CaseAction.RESOLVED, null, actor);
    }

    /** Not resolved: referred on; to the competent department only with the department named. */
    public void referTo(String center, Referral to, String department, String reason, Actor actor) {
        if (to == Referral.COMPETENT_DEPARTMENT && (department == null || department.isBlank())) {
            throw new InvalidInputException("department", "case.department.required");
        }
        require(CaseStep.REFER);
        requireStepsDone();
        referralTo = to;
        referralDepartment = department;
        referralReason = reason;
        clock.conclude(Instant.now());
        state = CaseState.NOT_RESOLVED;
        record(
                center,
                CaseAction.NOT_RESOLVED,
                to + (department == null ? "" : " " + department) + ": " + reason,
                actor);
    }

    public void followUp(String center, Satisfaction answer, String notes, Actor actor) {
        require(CaseStep.FOLLOW_UP);
        satisfaction = answer;
        followUpNotes = notes;
        followedUpAt = OffsetDateTime.now();
        state = CaseState.FOLLOWED_UP;
        record(center, CaseAction.FOLLOWED_UP, answer.name(), actor);
    }

    public void close(String center, Actor actor) {
        require(CaseStep.CLOSE);
        state = CaseState.CLOSED;
        closedAt = OffsetDateTime.now();
        record(center, CaseAction.CLOSED, null, actor);
    }

    /** The case moves up to {@code parent}; this copy stays, read-only, and remembers where it went. */
    public void escalateTo(String center, String parent, String reason, Actor actor) {
        require(CaseStep.ESCALATE);
        state = CaseState.ESCALATED;
        escalatedTo = parent;
        record(center, CaseAction.ESCALATED, parent + ": " + reason, actor);
    }

    /**
     * The entry the escalated case gets at {@code parent} on arrival. Not on this copy's timeline:
     * the copy in the parent's schema holds it (ADR 0010).
     */
    public CaseEvent arrivalAt(String parent, String detail, Actor actor) {
        return new CaseEvent(this, parent, CaseAction.ESCALATED_IN, detail, actor);
    }

    /** Refuses any action on the read-only copy an escalation leaves behind (ADR 0010). */
    public void requireHandledHere() {
        if (state == CaseState.ESCALATED) {
            throw CaseActionRefusedException.onEscalatedCopy();
        }
    }

    /** The agreement, once the case was resolved. */
    public Optional<Agreement> agreement() {
        return agreedAt == null
                ? Optional.empty()
                : Optional.of(new Agreement(
                        agreementFacts, agreementTerms, performanceManner, performancePlace, performanceDeadline));
    }

    private void require(CaseStep step) {
        if (!step.allowedIn(state)) {
            throw new CaseActionRefusedException(step, state);
        }
    }

    /** What the handlers can do with this case now, in the order of the work. */
    public List<CaseStep> possibleSteps() {
        return Arrays.stream(CaseStep.values())
                .filter(step -> step.allowedIn(state))
                .toList();
    }

    private void record(String center, CaseAction action, String detail, Actor actor) {
        timeline.add(new CaseEvent(this, center, action, detail, actor));
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID matterId() {
        return matterId;
    }

    public String ticket() {
        return ticket;
    }

    public String firstReceiver() {
        return firstReceiver;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String categoryName() {
        return categoryName;
    }

    public Channel channel() {
        return channel;
    }

    public Grade grade() {
        return grade;
    }

    public RiskLevel riskLevel() {
        return riskLevel;
    }

    public String description() {
        return description;
    }

    public UUID roomId() {
        return roomId;
    }

    public String roomName() {
        return roomName;
    }

    /** Whether this is the read-only copy an escalation left behind (ADR 0010). */
    public boolean isEscalated() {
        return state == CaseState.ESCALATED;
    }

    public CaseState state() {
        return state;
    }

    public Referral referralTo() {
        return referralTo;
    }

    public String referralDepartment() {
        return referralDepartment;
    }

    public String referralReason() {
        return referralReason;
    }

    public OffsetDateTime agreedAt() {
        return agreedAt;
    }

    public Satisfaction satisfaction() {
        return satisfaction;
    }

    public String followUpNotes() {
        return followUpNotes;
    }

    public String escalatedTo() {
        return escalatedTo;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public CaseClock clock() {
        return clock;
    }

    public Optional<Actor> assignee() {
        return assignee == null ? Optional.empty() : Optional.of(new Actor(assignee, assigneeName));
    }

    public List<CaseParty> parties() {
        return List.copyOf(parties);
    }

    public List<MediationSession> sessions() {
        return List.copyOf(sessions);
    }

    public List<CaseEvent> timeline() {
        return List.copyOf(timeline);
    }
}
