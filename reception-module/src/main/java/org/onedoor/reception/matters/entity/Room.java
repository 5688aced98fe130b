package org.onedoor.reception.matters.entity;

import java.util.UUID;

/** A mediation room as the center's configuration names it. */
public record Room(UUID id, String name) {}
