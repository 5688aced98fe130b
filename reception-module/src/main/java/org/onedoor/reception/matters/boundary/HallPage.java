package org.onedoor.reception.matters.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;
import org.onedoor.platform.tenancy.entity.Center;

/** The hall display of the active center: which ticket goes to which room, refreshed every two seconds. */
@Named
@RequestScoped
public class HallPage {

    @Inject
    CenterSwitch centerSwitch;

    @Inject
    FrontDesk desk;

    private List<FrontDesk.HallEntry> entries;

    public List<FrontDesk.HallEntry> getEntries() {
        if (entries == null) {
            entries = centerSwitch
                    .active()
                    .map(Center::code)
                    .map(code -> desk.hall(code.value()))
                    .orElse(List.of());
        }
        return entries;
    }
}
