package org.onedoor.reception.matters.entity;

import java.time.LocalDate;

/** A ticket number of a center's day: A001, A002 … (A1000 after a very busy day). */
public record Ticket(LocalDate day, String number) {

    public static Ticket of(LocalDate day, int sequence) {
        return new Ticket(day, "A%03d".formatted(sequence));
    }
}
