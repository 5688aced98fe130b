package org.onedoor.cases.agreements.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.cases.agreements.control.AgreementHandout;
import org.onedoor.cases.casefiles.entity.HandlesCases;
import org.onedoor.platform.security.control.CurrentCaller;

/** The signed-to-be agreement (人民调解协议书) of a resolved case as PDF/A: {@code /t/{code}/cases/{id}/agreement.pdf}. */
@Path("t/{code}/cases/{id}/agreement.pdf")
public class AgreementResource {

    @Inject
    AgreementHandout handout;

    @Inject
    CurrentCaller currentCaller;

    @HandlesCases
    @GET
    @Produces("application/pdf")
    @APIResponse(
            responseCode = "200",
            description = "the 人民调解协议书 as PDF/A-2b, its font embedded",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response agreement(@PathParam("code") String code, @PathParam("id") UUID id) {
        AgreementHandout.Document document = handout.handOut(code, id, currentCaller.actor());
        return Response.ok(document.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + document.filename() + "\"")
                .build();
    }
}
