package org.onedoor.cases.rollups.entity;

import java.time.LocalDate;

/**
 * A period as a request names it, not yet read: it is read only after the caller was admitted to
 * the area, so a stranger learns nothing from its parameters (404 whatever they are).
 */
public record PeriodQuery(String kind, String date, String from, String to) {

    public Period resolve(LocalDate today) {
        return Period.parse(kind, date, from, to, today);
    }
}
