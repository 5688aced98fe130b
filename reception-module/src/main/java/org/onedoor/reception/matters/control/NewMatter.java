package org.onedoor.reception.matters.control;

import java.util.List;
import java.util.UUID;
import org.onedoor.platform.matters.boundary.PartyForm;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.matters.entity.RiskLevel;

/** What the desk (or an integration) says about a new matter, before the center's rules are applied. */
public record NewMatter(
        List<NewParty> parties,
        String categoryCode,
        Channel channel,
        String description,
        RiskLevel riskLevel,
        Grade grade,
        UUID roomId,
        String externalReference) {

    public record NewParty(PartyRole role, String name, String idNumber, String phone, String address) {
        public static NewParty of(PartyForm form) {
            return new NewParty(form.getRole(), form.getName(), form.getIdNumber(), form.getPhone(), form.getAddress());
        }
    }
}
