package org.onedoor.admin.calendar.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.admin.calendar.boundary.CalendarYearsResource.DayView;
import org.onedoor.platform.calendar.control.WorkingCalendar;
import org.onedoor.platform.calendar.entity.CalendarDay;
import org.onedoor.platform.security.entity.AdministersCenter;
import org.onedoor.platform.security.entity.WorksInCenter;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.tenancy.entity.DivisionCode;

/**
 * A district's local days ({@code /t/{code}/calendar/local-days}): holidays, or worked weekend days,
 * it declares for itself and every center beneath it. Its staff read them; its administrators
 * declare and remove them. Only a district has local days.
 */
@Path("t/{code}/calendar/local-days")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class LocalDaysResource {

    @Inject
    TenantScope tenantScope;

    @Inject
    WorkingCalendar calendar;

    /** A local day as sent: the date is in the path. */
    public record LocalDayForm(String kind, String name) {}

    @WorksInCenter
    @GET
    public List<DayView> list(@PathParam("code") String code) {
        tenantScope.enter(code);
        return calendar.localDays(new DivisionCode(code)).stream()
                .map(DayView::of)
                .toList();
    }

    /** Declares the day, or changes a day declared before. */
    @AdministersCenter
    @PUT
    @Path("{date}")
    @APIResponse(
            responseCode = "200",
            description = "declared",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DayView.class)))
    @APIResponse(responseCode = "400", description = "not a district, or the day is invalid (errors[] names the field)")
    public DayView declare(@PathParam("code") String code, @PathParam("date") String date, LocalDayForm form) {
        tenantScope.enter(code, AdministersCenter.class);
        if (form == null) {
            throw new BadRequestException();
        }
        return DayView.of(
                calendar.declareLocal(new DivisionCode(code), new CalendarDay.Draft(date, form.kind(), form.name())));
    }

    @AdministersCenter
    @DELETE
    @Path("{date}")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "no local day on that date")
    public void remove(@PathParam("code") String code, @PathParam("date") String date) {
        tenantScope.enter(code, AdministersCenter.class);
        calendar.removeLocal(new DivisionCode(code), date);
    }
}
