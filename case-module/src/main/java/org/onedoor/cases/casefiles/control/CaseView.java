package org.onedoor.cases.casefiles.control;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.onedoor.cases.casefiles.entity.CaseEvent;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.CaseParty;
import org.onedoor.cases.casefiles.entity.CaseStep;
import org.onedoor.cases.casefiles.entity.MediationSession;
import org.onedoor.cases.casefiles.entity.Whereabouts;

/**
 * A case file as the API and pages show it: personal data masked; {@code steps} what its handlers
 * can do next ({@link CaseStep} keys).
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

    public record Session(OffsetDateTime heldAt, String participants, String notes, String recordedBy) {
        static Session of(MediationSession session) {
            return new Session(session.heldAt(), session.participants(), session.notes(), session.recordedBy());
        }
    }

    public record AgreementView(
            String facts, String terms, String manner, String place, LocalDate deadline, OffsetDateTime agreedAt) {}

    public record ReferralView(String to, String department, String reason) {}

    public record FollowUp(String satisfaction, String notes) {}

    public record Step(OffsetDateTime at, String actor, String center, String action, String detail) {
        public static Step of(CaseEvent event) {
            return new Step(
                    event.at(),
                    event.actor(),
                    event.centerCode(),
                    event.action().name(),
                    event.detail());
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
                file.description(),
                file.roomId() == null ? null : new Room(file.roomId(), file.roomName()),
                file.parties().stream().map(Party::masked).toList(),
                file.sessions().stream().map(Session::of).toList(),
                file.agreement()
                        .map(agreement -> new AgreementView(
                                agreement.facts(),
                                agreement.terms(),
                                agreement.manner(),
                                agreement.place(),
                                agreement.deadline(),
                                file.agreedAt()))
                        .orElse(null),
                file.referralTo() == null
                        ? null
                        : new ReferralView(file.referralTo().name(), file.referralDepartment(), file.referralReason()),
                file.satisfaction() == null
                        ? null
                        : new FollowUp(file.satisfaction().name(), file.followUpNotes()),
                file.escalatedTo(),
                current,
                file.possibleSteps().stream().map(CaseStep::key).toList(),
                file.registeredAt(),
                file.openedAt(),
                file.closedAt());
    }
}
