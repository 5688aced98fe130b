package org.onedoor.cases.deadlines.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.onedoor.cases.deadlines.control.Supervision;
import org.onedoor.cases.deadlines.entity.SupervisesCases;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.InvalidInputException;

/**
 * A center's supervision list (督办, {@code /t/{code}/supervision}): its overdue open cases and, by
 * default, those of the centers directly below it, longest overdue first; for its leaders.
 */
@Path("t/{code}/supervision")
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    @Inject
    SupervisionDesk desk;

    @SupervisesCases
    @GET
    public Page<Supervision.OverdueCase> list(
            @PathParam("code") String code,
            @Parameter(description = "own: this center only; below (default): and the centers directly below")
                    @QueryParam("scope")
                    String scope,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        boolean below = scope == null || scope.isBlank() || scope.strip().equals("below");
        if (!below && !scope.strip().equals("own")) {
            throw new InvalidInputException("scope", "supervision.scope-unknown");
        }
        return desk.list(code, below, PageRequest.of(page, size));
    }
}
