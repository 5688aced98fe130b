package org.onedoor.admin.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.admin.rooms.entity.MediationRoom;
import org.onedoor.admin.rooms.entity.RoomType;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.problems.entity.NotFoundException;

/** The mediation rooms of the center bound to the transaction. */
@ApplicationScoped
public class Rooms {

    @PersistenceContext(unitName = "admin")
    EntityManager em;

    public List<MediationRoom> all() {
        return em.createQuery("select r from MediationRoom r order by r.name", MediationRoom.class)
                .getResultList();
    }

    /** The rooms {@code username} is assigned to — a mediator's workbench watches these. */
    public List<MediationRoom> of(String username) {
        return em.createQuery(
                        "select r from MediationRoom r where :username member of r.mediators order by r.name",
                        MediationRoom.class)
                .setParameter("username", username)
                .getResultList();
    }

    public Optional<MediationRoom> find(UUID id) {
        return Optional.ofNullable(em.find(MediationRoom.class, id));
    }

    public MediationRoom get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("room.not-found", id));
    }

    public MediationRoom open(String name, RoomType type, String location, Collection<String> mediators, String actor) {
        requireFreeName(name, null);
        MediationRoom room = MediationRoom.open(name.strip(), type, location, mediators, actor);
        em.persist(room);
        return room;
    }

    /** Changes the room; {@code version}, when given, must still be the room's (else 409, nothing changes). */
    public MediationRoom describe(
            UUID id,
            Long version,
            String name,
            RoomType type,
            String location,
            Collection<String> mediators,
            String actor) {
        MediationRoom room = get(id);
        if (version != null && version != room.version()) {
            throw new ConflictException("room.changed", room.name());
        }
        requireFreeName(name, id);
        room.describe(name.strip(), type, location, mediators, actor);
        return room;
    }

    private void requireFreeName(String name, UUID except) {
        boolean taken = em.createQuery("select r from MediationRoom r where r.name = :name", MediationRoom.class)
                .setParameter("name", name.strip())
                .getResultStream()
                .anyMatch(room -> !room.id().equals(except));
        if (taken) {
            throw new ConflictException("room.name-taken", name.strip());
        }
    }
}
