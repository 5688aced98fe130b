package org.onedoor.cases.casefiles.control;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.onedoor.cases.casefiles.entity.CaseEvent;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.CaseParty;
import org.onedoor.cases.casefiles.entity.CaseRequirement;
import org.onedoor.cases.casefiles.entity.CaseStep;
import org.onedoor.cases.casefiles.entity.MediationSession;
import org.onedoor.cases.casefiles.entity.Whereabouts;

/**
 * A case file as the API and pages show it: personal data masked, also where typed words name a
 * party (issue #22.3); {@code steps} what its handlers can do next ({@link CaseStep} keys);
 * {@code assignee} who works on it, {@code clock} its deadline (issue #15).
 */
public record CaseView(
        UUID id,
        String number,
        String ticket,
        String state,
        String firstReceiver,
        Category category,
        String channel,
        String grade,
        String riskLevel,
        String description,
        Room room,
        StaffRef assignee,
        ClockView clock,
        List<Requirement> requirements,
        List<Party> parties,
        List<Session> sessions,
        AgreementView agreement,
        ReferralView referral,
        FollowUp followUp,
        String escalatedTo,
        Whereabouts current,
        List<String> steps,
        OffsetDateTime registeredAt,
        OffsetDateTime openedAt,
        OffsetDateTime closedAt) {

    public record Category(String code, String name) {}

    public record Room(UUID id, String name) {}

    public record Party(UUID id, String role, String name, String idNumber, String phone, String address) {
        static Party masked(CaseParty party) {
            return new Party(
                    party.id(),
                    party.role().name(),
                    party.masked(CaseParty.Field.NAME),
                    party.masked(CaseParty.Field.ID_NUMBER),
                    party.masked(CaseParty.Field.PHONE),
                    party.masked(CaseParty.Field.ADDRESS));
        }
    }

    /**
     * A session: {@code participants} everyone as people may read them (parties masked), then the
     * same structured (issue #22.3): the parties chosen, the staff, and others in words.
     */
    public record Session(
            OffsetDateTime heldAt,
            String participants,
            String notes,
            String recordedBy,
            List<PartyRef> parties,
            List<StaffRef> staff,
            String others) {
        static Session of(MediationSession session, CaseFile file) {
            return new Session(
                    session.heldAt(),
                    String.join("、", session.shownParticipants()),
                    file.masked(session.notes()),
                    session.recordedBy(),
                    session.parties().stream()
                            .map(id -> new PartyRef(
                                    id,
                                    file.party(id)
                                            .map(party -> party.masked(CaseParty.Field.NAME))
                                            .orElse("*")))
                            .toList(),
                    session.staff().stream()
                            .map(member -> new StaffRef(member.username(), member.name()))
                            .toList(),
                    file.masked(session.others()));
        }
    }

    /**
     * A step the case's path requires (issue #15.3): {@code dueAt} by when (the next visit's, for
     * visits), asked of whom and when (a consultation), done when, by whom, with what was said;
     * {@code outstanding} while it still stands between the case and its conclusion.
     */
    public record Requirement(
            String kind,
            int amount,
            String unit,
            String setIn,
            OffsetDateTime dueAt,
            OffsetDateTime requestedAt,
            String askedOf,
            OffsetDateTime doneAt,
            String doneBy,
            String detail,
            boolean outstanding) {
        static Requirement of(CaseRequirement step, CaseFile file) {
            return new Requirement(
                    step.kind().name(),
                    step.amount(),
                    step.unit().name(),
                    step.setIn(),
                    step.dueAt(),
                    step.requestedAt(),
                    step.askedOf(),
                    step.doneAt(),
                    step.doneByName() == null ? step.doneBy() : step.doneByName(),
                    file.masked(step.detail()),
                    step.isOutstanding());
        }
    }

    /** A party named in passing: its id and its name masked. */
    public record PartyRef(UUID id, String name) {}

    /** A member of staff: username and name (null when not known). */
    public record StaffRef(String username, String name) {}

    public record AgreementView(
            String facts, String terms, String manner, String place, LocalDate deadline, OffsetDateTime agreedAt) {}

    public record ReferralView(String to, String department, String reason) {}

    public record FollowUp(String satisfaction, String notes) {}

    /**
     * A timeline entry: {@code actor} the username, {@code actorName} the name people read (the
     * username for entries written before names were kept); {@code detail} with parties' names
     * masked.
     */
    public record Step(OffsetDateTime at, String actor, String actorName, String center, String action, String detail) {
        public static Step of(CaseEvent event, CaseFile file) {
            return new Step(
                    event.at(),
                    event.actor(),
                    event.actedBy().shownName(),
                    event.centerCode(),
                    event.action().name(),
                    file.masked(event.detail()));
        }
    }

    /** The view; {@code current} says where an escalated case stands now (null otherwise). */
    public static CaseView of(CaseFile file, Whereabouts current) {
        return new CaseView(
                file.id(),
                file.number(),
                file.ticket(),
                file.state().name(),
                file.firstReceiver(),
                new Category(file.categoryCode(), file.categoryName()),
                file.channel().name(),
                file.grade().name(),
                file.riskLevel().name(),
                file.masked(file.description()),
                file.roomId() == null ? null : new Room(file.roomId(), file.roomName()),
                file.assignee()
                        .map(person -> new StaffRef(person.username(), person.shownName()))
                        .orElse(null),
                ClockView.of(file.clock()),
                file.requirements().stream()
                        .map(step -> Requirement.of(step, file))
                        .toList(),
                file.parties().stream().map(Party::masked).toList(),
                file.sessions().stream()
                        .map(session -> Session.of(session, file))
                        .toList(),
                file.agreement()
                        .map(agreement -> new AgreementView(
                                file.masked(agreement.facts()),
                                file.masked(agreement.terms()),
                                file.masked(agreement.manner()),
                                file.masked(agreement.place()),
                                agreement.deadline(),
                                file.agreedAt()))
                        .orElse(null),
                file.referralTo() == null
                        ? null
                        : new ReferralView(
                                file.referralTo().name(),
                                file.referralDepartment(),
                                file.masked(file.referralReason())),
                file.satisfaction() == null
                        ? null
                        : new FollowUp(file.satisfaction().name(), file.masked(file.followUpNotes())),
                file.escalatedTo(),
                current,
                file.possibleSteps().stream().map(CaseStep::key).toList(),
                file.registeredAt(),
                file.openedAt(),
                file.closedAt());
    }
}
