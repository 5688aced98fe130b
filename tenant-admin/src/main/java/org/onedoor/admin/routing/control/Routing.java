package org.onedoor.admin.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onedoor.admin.categories.control.Dictionary;
import org.onedoor.admin.categories.entity.DictionaryEntry;
import org.onedoor.admin.rooms.control.Rooms;
import org.onedoor.admin.rooms.entity.MediationRoom;
import org.onedoor.admin.routing.entity.RoutingRule;
import org.onedoor.platform.problems.entity.InvalidInputException;

/** The center's routing rules, category → room, and what they resolve to for the front desk. */
@ApplicationScoped
public class Routing {

    @PersistenceContext(unitName = "admin")
    EntityManager em;

    @Inject
    Dictionary dictionary;

    @Inject
    Rooms rooms;

    public List<RoutingRule> rules() {
        return em.createQuery("select r from RoutingRule r order by r.categoryCode", RoutingRule.class)
                .getResultList();
    }

    public RoutingRule route(String center, String categoryCode, UUID roomId, String actor) {
        if (dictionary.find(center, categoryCode).isEmpty()) {
            throw new InvalidInputException("categoryCode", "category.unknown", categoryCode);
        }
        if (roomId == null || rooms.find(roomId).isEmpty()) {
            throw new InvalidInputException("roomId", "room.unknown", String.valueOf(roomId));
        }
        RoutingRule rule = em.find(RoutingRule.class, categoryCode);
        if (rule == null) {
            rule = new RoutingRule(categoryCode, roomId, actor);
            em.persist(rule);
        } else {
            rule.sendTo(roomId, actor);
        }
        return rule;
    }

    public boolean remove(String categoryCode) {
        RoutingRule rule = em.find(RoutingRule.class, categoryCode);
        if (rule != null) {
            em.remove(rule);
        }
        return rule != null;
    }

    /**
     * For every active category, the open room its matters go to: its own rule, else its parent's;
     * categories without one are left out (the desk chooses).
     */
    public Map<String, UUID> resolved(List<DictionaryEntry> active) {
        Map<String, UUID> rules =
                rules().stream().collect(Collectors.toMap(RoutingRule::categoryCode, RoutingRule::roomId));
        Set<UUID> open = rooms.all().stream()
                .filter(MediationRoom::isOpen)
                .map(MediationRoom::id)
                .collect(Collectors.toSet());
        return resolve(active, rules, open);
    }

    static Map<String, UUID> resolve(List<DictionaryEntry> active, Map<String, UUID> rules, Set<UUID> openRooms) {
        Map<String, UUID> resolved = new LinkedHashMap<>();
        for (DictionaryEntry category : active) {
            UUID room = rules.get(category.code());
            if ((room == null || !openRooms.contains(room)) && category.parentCode() != null) {
                room = rules.get(category.parentCode());
            }
            if (room != null && openRooms.contains(room)) {
                resolved.put(category.code(), room);
            }
        }
        return resolved;
    }
}
