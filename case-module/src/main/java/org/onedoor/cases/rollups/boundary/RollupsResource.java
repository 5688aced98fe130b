package org.onedoor.cases.rollups.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.onedoor.cases.casefiles.entity.TimeLimit;
import org.onedoor.cases.rollups.control.Recount;
import org.onedoor.cases.rollups.control.RollupAccess;
import org.onedoor.cases.rollups.control.Rollups;
import org.onedoor.cases.rollups.entity.Area;
import org.onedoor.cases.rollups.entity.Period;
import org.onedoor.platform.i18n.control.Languages;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.problems.entity.ForbiddenException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Caller;

/**
 * The statistics of the center tree: {@code /rollups/{code}} for any center the caller may read
 * (RollupAccess), aggregates only — no case, no person, no free text. Periods:
 * {@code period=DAY|WEEK|MONTH|QUARTER|YEAR} around {@code date} (today by default), or
 * {@code period=CUSTOM&from=…&to=…}.
 */
@Path("rollups")
@Produces(MediaType.APPLICATION_JSON)
public class RollupsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Rollups rollups;

    @Inject
    Recount recount;

    @Inject
    RollupAccess access;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The centers where the caller's statistics start")
    public List<Area> entries() {
        return rollups.entries(currentCaller.require());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Totals, rates, year on year, breakdowns, trend and ranking of an area in a period")
    public DashboardView dashboard(
            @PathParam("code") String code,
            @Parameter(description = "DAY, WEEK, MONTH (default), QUARTER, YEAR or CUSTOM") @QueryParam("period")
                    String period,
            @QueryParam("date") String date,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return view(code, Period.parse(period, date, from, to, today()));
    }

    @GET
    @Path("{code}/export.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The same dashboard as an XLSX workbook")
    public Response export(
            @PathParam("code") String code,
            @QueryParam("period") String period,
            @QueryParam("date") String date,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        DashboardView view = view(code, Period.parse(period, date, from, to, today()));
        byte[] workbook = new DashboardSheet(messages, locale()).write(view);
        String filename = "rollups-" + view.area().code() + "-" + view.period().from() + "-"
                + view.period().to() + ".xlsx";
        return Response.ok(workbook, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    @GET
    @Path("{code}/consistency")
    @Operation(summary = "Recounts the area's figures of the period from the case files and lists any difference")
    public Recount.Report consistency(
            @PathParam("code") String code,
            @QueryParam("period") String period,
            @QueryParam("date") String date,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Period parsed = Period.parse(period, date, from, to, today());
        access.requireReadable(currentCaller.require(), code);
        return recount.check(code, parsed);
    }

    @POST
    @Path("{code}/rebuild")
    @Operation(summary = "Platform operator: replaces a top-level center's statistics with a recount of its case files")
    public Recount.Report rebuild(@PathParam("code") String code) {
        Caller caller = currentCaller.require();
        access.requireReadable(caller, code);
        if (!RollupAccess.isOperator(caller)) {
            throw new ForbiddenException("rollups.rebuild.operator-only", code);
        }
        return recount.rebuild(code);
    }

    private DashboardView view(String code, Period period) {
        return DashboardView.of(rollups.dashboard(currentCaller.require(), code, period), messages, locale());
    }

    private Locale locale() {
        return Languages.choose(headers.getAcceptableLanguages());
    }

    private static LocalDate today() {
        return LocalDate.now(TimeLimit.ZONE);
    }
}
