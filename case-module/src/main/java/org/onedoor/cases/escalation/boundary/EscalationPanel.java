package org.onedoor.cases.escalation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.UUID;
import org.onedoor.cases.escalation.control.Escalation;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;

/**
 * The escalation form on the case page (case.xhtml wires it to the case shown): the same control
 * and the same rules as {@link EscalationResource}.
 */
@Named
@RequestScoped
public class EscalationPanel {

    private static final Map<String, String> FIELDS = Map.of("reason", "actions:escalate-reason");

    @Inject
    CenterSwitch centerSwitch;

    @Inject
    Escalation escalation;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Feedback feedback;

    private String reason;

    public void escalate(UUID caseId) {
        try {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInputException("reason", "field.required");
            }
            String center = centerSwitch
                    .active()
                    .map(active -> active.code().value())
                    .orElseThrow(() -> new InvalidInputException("center", "field.required"));
            escalation.escalate(center, caseId, reason.strip(), currentCaller.acting());
            feedback.info("ui.case.escalated");
        } catch (OneDoorException refused) {
            feedback.refused(refused, FIELDS);
        }
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
