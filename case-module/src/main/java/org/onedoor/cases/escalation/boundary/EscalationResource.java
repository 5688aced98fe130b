package org.onedoor.cases.escalation.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.onedoor.cases.casefiles.control.CaseView;
import org.onedoor.cases.casefiles.entity.HandlesCases;
import org.onedoor.cases.escalation.control.Escalation;
import org.onedoor.platform.security.control.CurrentCaller;

/**
 * Escalation (提级) to the parent center, with the whole case file; this center keeps following it:
 * {@code /t/{code}/cases/{id}/escalate}. Answers the case as this center now sees it (read-only).
 */
@Path("t/{code}/cases/{id}/escalate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EscalationResource {

    @Inject
    Escalation escalation;

    @Inject
    CurrentCaller currentCaller;

    @HandlesCases
    @POST
    public CaseView escalate(
            @PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull EscalationForm form) {
        return escalation.escalate(code, id, form.getReason().strip(), currentCaller.acting());
    }
}
