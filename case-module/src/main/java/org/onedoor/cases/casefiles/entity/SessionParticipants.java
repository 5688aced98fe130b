package org.onedoor.cases.casefiles.entity;

import java.util.List;
import java.util.UUID;

/**
 * Who took part in a session, as chosen (issue #22.3): parties of the case by id, staff by
 * username, and others in words.
 */
public record SessionParticipants(List<UUID> parties, List<String> staff, String others) {

    public SessionParticipants {
        parties = parties == null ? List.of() : List.copyOf(parties);
        staff = staff == null
                ? List.of()
                : staff.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        others = others == null || others.isBlank() ? null : others.strip();
    }

    public boolean isEmpty() {
        return parties.isEmpty() && staff.isEmpty() && others == null;
    }
}
