package org.onedoor.cases.consultations.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.cases.casefiles.entity.HandlesCases;
import org.onedoor.cases.consultations.control.Consultations;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.security.control.CurrentCaller;

/**
 * The consultations (提级会诊) asked of a district by the centers beneath it: listed
 * ({@code GET /t/{district}/consultations}) and answered once with the district's opinion
 * ({@code POST /t/{district}/consultations/{id}/opinion}). Asking is {@link ConsultationRequestResource}.
 */
@Path("t/{code}/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationsResource {

    @Inject
    Consultations consultations;

    @Inject
    CurrentCaller currentCaller;

    /** The consultations asked of this district, newest first. */
    @HandlesCases
    @GET
    public Page<Consultations.ConsultationView> list(
            @PathParam("code") String code,
            @Parameter(description = "true: only those without an opinion yet") @QueryParam("open") boolean open,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return consultations.list(code, open, PageRequest.of(page, size));
    }

    @HandlesCases
    @POST
    @Path("{id}/opinion")
    @APIResponse(
            responseCode = "200",
            description = "the consultation with its opinion; the asking center's case has the step done",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = Consultations.ConsultationView.class)))
    @APIResponse(responseCode = "400", description = "no opinion")
    @APIResponse(responseCode = "404", description = "no such consultation asked of this district")
    @APIResponse(responseCode = "409", description = "the opinion was already given")
    public Consultations.ConsultationView answer(
            @PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull OpinionForm form) {
        return consultations.answer(code, id, form.getOpinion().strip(), currentCaller.acting());
    }
}
