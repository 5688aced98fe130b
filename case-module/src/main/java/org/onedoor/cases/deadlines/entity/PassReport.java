package org.onedoor.cases.deadlines.entity;

import java.time.Instant;

/**
 * What one deadline pass did: as at which instant, over which centers (all, or those due) and how many, how many cases it marked
 * yellow and red, how many notifications it wrote, and how long it took.
 */
public record PassReport(
        Instant at, PassScope scope, int centers, long dueSoon, long overdue, long notifications, long millis) {}
