package org.onedoor.cases.consultations.boundary;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.cases.casefiles.control.CaseView;
import org.onedoor.cases.casefiles.entity.HandlesCases;
import org.onedoor.cases.consultations.control.Consultations;
import org.onedoor.platform.security.control.CurrentCaller;

/** A center asks its district to consult (提级会诊) on one of its cases: {@code /t/{code}/cases/{id}/consultation}. */
@Path("t/{code}/cases/{id}/consultation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationRequestResource {

    @Inject
    Consultations consultations;

    @Inject
    CurrentCaller currentCaller;

    @HandlesCases
    @POST
    @APIResponse(
            responseCode = "200",
            description = "the case, its consultation asked of the district",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "no question")
    @APIResponse(
            responseCode = "409",
            description = "the path requires no consultation, it is done or pending, the case is concluded,"
                    + " or no district is above the center")
    public CaseView ask(
            @PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull ConsultationForm form) {
        return consultations.ask(code, id, form.getQuestion().strip(), currentCaller.acting());
    }
}
