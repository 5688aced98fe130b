package org.onedoor.reception.matters.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.onedoor.platform.tenancy.entity.CenterLink;
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
        static OpenMatterView of(String center, Matter matter) {
            return new OpenMatterView(
                    matter.id(),
                    matter.ticket(),
                    matter.state().name(),
                    matter.registeredAt(),
                    linkTo(center, matter.id(), matter.caseId()));
        }

        /**
         * Its case file once dispatched, else the matter at the front desk; in its center, so the
         * link opens it whichever center is active (issue #22.2).
         */
        static String linkTo(String center, UUID matter, UUID caseId) {
            return caseId == null
                    ? CenterLink.to("/reception/desk.xhtml", center)
                            .with("matter", matter)
                            .toString()
                    : CenterLink.to("/cases/case.xhtml", center)
                            .with("id", caseId)
                            .toString();
        }
    }

    public static MatterView of(Matter matter) {
        return of(matter, null, List.of());
    }

    /** The matter, with the other open matters of its resident in {@code center}. */
    public static MatterView of(Matter matter, String center, List<Matter> openMatters) {
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
                openMatters.stream()
                        .map(open -> OpenMatterView.of(center, open))
                        .toList());
    }
}
