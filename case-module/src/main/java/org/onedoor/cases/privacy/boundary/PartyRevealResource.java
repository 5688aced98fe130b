package org.onedoor.cases.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.cases.privacy.control.RevealDesk;
import org.onedoor.cases.privacy.entity.RevealsPersonalData;
import org.onedoor.platform.security.control.CurrentCaller;

/**
 * The full value of one personal-data field of a party, recorded with the reason given:
 * {@code /t/{code}/cases/{id}/parties/{party}/reveal}. A root of its own (not a method of the case
 * resource) so the privacy component owns it; its longer path wins JAX-RS's match.
 */
@Path("t/{code}/cases/{id}/parties/{party}/reveal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartyRevealResource {

    @Inject
    RevealDesk desk;

    @Inject
    CurrentCaller currentCaller;

    @RevealsPersonalData
    @POST
    @Operation(
            summary = "Reveals one personal-data field of a party in full; the reveal is recorded first",
            description = "Permission (ADR 0012): the center's mediators, leaders and administrator. Any other"
                    + " member (receptionist, grid worker, department liaison, auditor) is refused with 403;"
                    + " a caller outside the center, or an official, gets 404. The read-only copy an escalation"
                    + " leaves at the first receiver refuses with 409, like every other action there. The"
                    + " record holds who (username), whose (case and party), which field, when and why.")
    @APIResponse(responseCode = "200", description = "{\"field\":\"PHONE\",\"value\":\"13812345678\"}")
    @APIResponse(responseCode = "400", description = "no field, an unknown field, or no reason (4 to 200 characters)")
    @APIResponse(responseCode = "403", description = "a member of the center without the permission to reveal")
    @APIResponse(responseCode = "404", description = "center, case or party unknown to the caller")
    @APIResponse(responseCode = "409", description = "the case was escalated: this copy is read-only")
    public Map<String, String> reveal(
            @PathParam("code") String code,
            @PathParam("id") UUID id,
            @PathParam("party") UUID party,
            @Valid @NotNull RevealForm form) {
        String value =
                desk.reveal(code, id, party, form.getField(), form.getReason().strip(), currentCaller.actor());
        return Map.of("field", form.getField().name(), "value", value == null ? "" : value);
    }
}
