package org.onedoor.cases.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.onedoor.cases.privacy.control.RevealDesk;
import org.onedoor.cases.privacy.control.Reveals;
import org.onedoor.cases.privacy.entity.ReviewsReveals;

/** The record of one case's reveals, {@code /t/{code}/cases/{id}/reveals} (append-only). */
@Path("t/{code}/cases/{id}/reveals")
@Produces(MediaType.APPLICATION_JSON)
public class CaseRevealsResource {

    @Inject
    RevealDesk desk;

    @ReviewsReveals
    @GET
    @Operation(
            summary = "The record of a case's reveals (append-only)",
            description = "The center's administrator and auditors; other members 403, anyone else 404.")
    public List<Reveals.Reveal> reveals(@PathParam("code") String code, @PathParam("id") UUID id) {
        return desk.ofCase(code, id);
    }
}
