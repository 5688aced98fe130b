package org.onedoor.cases.privacy.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.cases.casefiles.entity.CaseParty;
import org.onedoor.cases.casefiles.entity.CaseState;
import org.onedoor.cases.privacy.control.RevealDesk;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;

/**
 * The reveal form on the case page (case.xhtml wires it to the case shown): the same control and
 * the same rules as {@link PartyRevealResource}; the reason is recorded with the reveal.
 */
@Named
@ViewScoped
public class RevealPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("reason", "actions:reveal-reason");

    @Inject
    CenterSwitch centerSwitch;

    @Inject
    RevealDesk desk;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Feedback feedback;

    private String party;
    private CaseParty.Field field = CaseParty.Field.PHONE;
    private String reason;
    private String revealed;

    /** The form only for those who may reveal, and not on an escalated (read-only) copy. */
    public boolean offeredOn(String caseState) {
        return !CaseState.ESCALATED.name().equals(caseState)
                && center().map(desk::mayReveal).orElse(false);
    }

    public void reveal(UUID caseId) {
        try {
            String why = reason == null ? "" : reason.strip();
            if (why.isEmpty()) {
                throw new InvalidInputException("reason", "field.required");
            }
            if (why.length() < 4) {
                throw new InvalidInputException("reason", "ui.case.reveal.reason-short");
            }
            if (party == null || party.isBlank()) {
                throw new InvalidInputException("party", "field.required");
            }
            String center = center().orElseThrow(() -> new InvalidInputException("center", "field.required"));
            revealed = desk.reveal(center, caseId, UUID.fromString(party), field, why, currentCaller.actor());
        } catch (OneDoorException refused) {
            feedback.refused(refused, FIELDS);
        }
    }

    private Optional<String> center() {
        return centerSwitch.active().map(active -> active.code().value());
    }

    public CaseParty.Field[] getFields() {
        return CaseParty.Field.values();
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public CaseParty.Field getField() {
        return field;
    }

    public void setField(CaseParty.Field field) {
        this.field = field;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRevealed() {
        return revealed;
    }
}
