package org.onedoor.reception.hall.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.onedoor.reception.hall.entity.DisplayLink;

/** A display link as administrators see it in lists: never its token. */
public record DisplayLinkView(
        UUID id,
        String label,
        boolean active,
        String createdBy,
        OffsetDateTime createdAt,
        String revokedBy,
        OffsetDateTime revokedAt)
        implements Serializable {

    static DisplayLinkView of(DisplayLink link) {
        return new DisplayLinkView(
                link.id(),
                link.label(),
                link.isActive(),
                link.createdBy(),
                link.createdAt(),
                link.revokedBy().orElse(null),
                link.revokedAt().orElse(null));
    }
}
