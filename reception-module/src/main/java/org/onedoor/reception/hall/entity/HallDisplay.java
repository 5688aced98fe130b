package org.onedoor.reception.hall.entity;

import java.util.Objects;
import java.util.UUID;
import org.onedoor.platform.tenancy.entity.Center;

/** A display link found open: the center whose hall it shows, and the link. */
public record HallDisplay(Center center, UUID linkId) {

    public HallDisplay {
        Objects.requireNonNull(center, "The center is required.");
        Objects.requireNonNull(linkId, "The link is required.");
    }

    public String centerCode() {
        return center.code().value();
    }
}
