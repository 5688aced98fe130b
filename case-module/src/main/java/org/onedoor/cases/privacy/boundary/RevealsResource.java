package org.onedoor.cases.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.cases.privacy.control.RevealDesk;
import org.onedoor.cases.privacy.control.Reveals;
import org.onedoor.cases.privacy.entity.ReviewsReveals;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.InvalidInputException;

/**
 * A center's whole record of personal-data reveals, {@code /t/{code}/reveals}: the auditor reviews
 * who saw whose data and why without having to know the cases first (ADR 0012).
 */
@Path("t/{code}/reveals")
@Produces(MediaType.APPLICATION_JSON)
public class RevealsResource {

    static final int MAX_DAYS = 366;

    @Inject
    RevealDesk desk;

    @GET
    @ReviewsReveals
    @Operation(
            summary = "The center's reveals of personal data, newest first",
            description = "Every reveal of an ID number, phone or address, and every agreement PDF handed out,"
                    + " of the last `days` days, one page (page from 0, size 1–200, 50 by default): case, party,"
                    + " field, reason, who and when; with the total."
                    + " The center's administrator and auditors; other members 403, anyone else 404.")
    @APIResponse(responseCode = "200", description = "the reveals, newest first")
    @APIResponse(responseCode = "400", description = "days outside 1–366, or a bad page or size")
    @APIResponse(responseCode = "403", description = "a member of the center who is neither administrator nor auditor")
    @APIResponse(responseCode = "404", description = "center unknown to the caller")
    public Page<Reveals.Reveal> reveals(
            @PathParam("code") String code,
            @QueryParam("days") @DefaultValue("30") int days,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        // checked here, not with @Min/@Max: Payara's OpenAPI generator fails on those at a query parameter
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "reveals.days.range", MAX_DAYS);
        }
        return desk.ofCenter(code, days, PageRequest.of(page, size));
    }
}
