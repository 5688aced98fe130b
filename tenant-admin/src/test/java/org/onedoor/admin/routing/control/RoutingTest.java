package org.onedoor.admin.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.admin.categories.entity.DictionaryEntry;

class RoutingTest {

    static final UUID FAMILY_ROOM = UUID.randomUUID();
    static final UUID STUDIO = UUID.randomUUID();
    static final UUID CLOSED_ROOM = UUID.randomUUID();

    static DictionaryEntry category(String code, String parent) {
        return new DictionaryEntry(code, code, code, parent, "default", null, 0, true);
    }

    static final List<DictionaryEntry> ACTIVE = List.of(
            category("marriage-family", null),
            category("divorce", "marriage-family"),
            category("inheritance", "marriage-family"),
            category("neighbour", null),
            category("medical", null));

    @Test
    @DisplayName("#4.1 a subcategory's own rule wins; without one it follows its parent's")
    void subcategoryRuleWinsElseParent() {
        Map<String, UUID> routes = Routing.resolve(
                ACTIVE, Map.of("marriage-family", FAMILY_ROOM, "inheritance", STUDIO), Set.of(FAMILY_ROOM, STUDIO));

        assertThat(routes)
                .containsEntry("marriage-family", FAMILY_ROOM)
                .containsEntry("divorce", FAMILY_ROOM)
                .containsEntry("inheritance", STUDIO)
                .doesNotContainKeys("neighbour", "medical");
    }

    @Test
    @DisplayName("#4.1 a closed room gets nothing: the parent's open room, else the desk chooses")
    void closedRoomsAreSkipped() {
        Map<String, UUID> routes = Routing.resolve(
                ACTIVE,
                Map.of("marriage-family", FAMILY_ROOM, "divorce", CLOSED_ROOM, "medical", CLOSED_ROOM),
                Set.of(FAMILY_ROOM));

        assertThat(routes).containsEntry("divorce", FAMILY_ROOM).doesNotContainKey("medical");
    }
}
