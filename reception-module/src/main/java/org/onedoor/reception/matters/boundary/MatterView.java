package org.onedoor.reception.matters.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.onedoor.reception.matters.entity.Matter;
import org.onedoor.reception.matters.entity.Party;
import org.onedoor.reception.matters.entity.Room;

/** A matter as the API shows it: personal data masked. */
public record MatterView(
        UUID id,
        String ticket,
        String state,
        CategoryView category,
        String channel,
        String grade,
        String riskLevel,
        String description,
        List<PartyView> parties,
        Room suggestedRoom,
        Room room,
        UUID caseId,
        String caseNumber,
        String externalReference,
        OffsetDateTime registeredAt,
        String registeredBy,
        OffsetDateTime dispatchedAt,
        List<OpenMatterView> openMatters) {

    public record CategoryView(String code, String name) {}

    public record PartyView(UUID id, String role, String name, String idNumber, String phone, String address) {
        static PartyView masked(Party party) {
            return new PartyView(
                    party.id(),
                    party.role().name(),
                    party.maskedName(),
                    party.maskedIdNumber(),
                    party.maskedPhone(),
                    party.maskedAddress());
        }
    }

    /** Another open matter of the same resident, with where to look at it. */
    public record OpenMatterView(UUID id, String ticket, String state, OffsetDateTime registeredAt, String link) {
        static OpenMatterView of(Matter matter) {
            String link = matter.caseId() == null
                    ? "/reception/matter.xhtml?id=" + matter.id()
                    : "/cases/case.xhtml?id=" + matter.caseId();
            return new OpenMatterView(
                    matter.id(), matter.ticket(), matter.state().name(), matter.registeredAt(), link);
        }
    }

    public static MatterView of(Matter matter) {
        return of(matter, List.of());
    }

    public static MatterView of(Matter matter, List<Matter> openMatters) {
        return new MatterView(
                matter.id(),
                matter.ticket(),
                matter.state().name(),
                new CategoryView(matter.categoryCode(), matter.categoryName()),
                matter.channel().name(),
                matter.grade().name(),
                matter.riskLevel().name(),
                matter.description(),
                matter.parties().stream().map(PartyView::masked).toList(),
                matter.suggestedRoom().orElse(null),
                matter.room().orElse(null),
                matter.caseId(),
                matter.caseNumber(),
                matter.externalReference(),
                matter.registeredAt(),
                matter.registeredBy(),
                matter.dispatchedAt(),
                openMatters.stream().map(OpenMatterView::of).toList());
    }
}
