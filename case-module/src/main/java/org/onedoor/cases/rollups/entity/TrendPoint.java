package org.onedoor.cases.rollups.entity;

import java.time.LocalDate;

/** The figures of one day or month of a trend ({@code start}: its first day). */
public record TrendPoint(LocalDate start, Figures figures) {}
