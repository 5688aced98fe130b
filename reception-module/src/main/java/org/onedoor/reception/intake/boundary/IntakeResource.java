package org.onedoor.reception.intake.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.reception.intake.control.IdempotentIntake;
import org.onedoor.reception.intake.entity.IntakeRequest;
import org.onedoor.reception.intake.entity.PushesMatters;
import org.onedoor.reception.matters.boundary.MatterForm;
import org.onedoor.reception.matters.boundary.MatterView;

/** Matters pushed in by other systems (12345 hotline, petition, grid, court/police), once per key. */
@Path("t/{code}/intake")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class IntakeResource {

    static final String EXAMPLE = """
            {"channel":"HOTLINE_12345","externalReference":"12345-20261122-0815",
             "categoryCode":"property-management","riskLevel":"LOW","grade":"ORDINARY",
             "description":"小区电梯停运两周，物业未维修，业主要求退还物业费。",
             "parties":[{"role":"APPLICANT","name":"王丽","idNumber":"420102199003071232",
                         "phone":"13812345678","address":"湖北省武汉市江岸区胜利街1号"},
                        {"role":"RESPONDENT","name":"某物业公司"}]}""";

    @Inject
    TenantScope tenantScope;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    IdempotentIntake intake;

    private final Jsonb jsonb = JsonbBuilder.create();

    @POST
    @PushesMatters
    @Operation(
            summary = "Push a matter in from another system",
            description = "Needs a client-credentials token of a system that is a member of the center with the"
                    + " role `integration`. The matter is registered and routed like a walk-in: with a routing"
                    + " rule for its category it is dispatched at once, otherwise it waits at the front desk."
                    + " Retries with the same Idempotency-Key and body return the first answer (header"
                    + " `Idempotent-Replayed: true`); the same key with a different body answers 422.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "12345 work order", value = EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "registered (and dispatched when routing names a room)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MatterView.class)))
    @APIResponse(responseCode = "400", description = "invalid matter: every field and its message")
    @APIResponse(responseCode = "404", description = "center unknown, or the caller is not its integration")
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used for a different request")
    public Response push(
            @PathParam("code") String code,
            @Parameter(
                            in = ParameterIn.HEADER,
                            required = true,
                            description = "unique per matter, at most 100 characters, e.g. the work order number",
                            example = "12345-20261122-0815")
                    @HeaderParam("Idempotency-Key")
                    String key,
            @Valid @NotNull MatterForm form) {
        tenantScope.enter(code, PushesMatters.class);
        if (key == null || key.isBlank() || key.length() > IntakeRequest.KEY_LENGTH) {
            throw new InvalidInputException("Idempotency-Key", "intake.idempotency-key.required");
        }
        if (!form.getChannel().isIntegration()) {
            throw new InvalidInputException("channel", "intake.channel.not-integration", form.getChannel());
        }
        IdempotentIntake.Answer answer = intake.accept(
                code,
                key.strip(),
                currentCaller.actor(),
                hash(jsonb.toJson(form)),
                form.toNewMatter(),
                matter -> jsonb.toJson(MatterView.of(matter)));
        return Response.status(answer.status())
                .entity(answer.body())
                .header("Idempotent-Replayed", answer.replayed())
                .build();
    }

    private static String hash(String canonical) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
