package org.onedoor.admin.rooms.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A mediation room or personal studio of the center, the mediators who work there, open or closed. */
@Entity
@Table(name = "mediation_room")
public class MediationRoom {

    public static final int NAME_LENGTH = 60;
    public static final int LOCATION_LENGTH = 100;

    @Id
    private UUID id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoomType type;

    @Column(length = LOCATION_LENGTH)
    private String location;

    @Column(nullable = false)
    private boolean open;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "room_mediator", joinColumns = @JoinColumn(name = "room_id"))
    @Column(name = "username")
    private Set<String> mediators = new TreeSet<>();

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected MediationRoom() {}

    public static MediationRoom open(
            String name, RoomType type, String location, Collection<String> mediators, String actor) {
        MediationRoom room = new MediationRoom();
        room.id = UUID.randomUUID();
        room.open = true;
        room.describe(name, type, location, mediators, actor);
        return room;
    }

    public void describe(String name, RoomType type, String location, Collection<String> mediators, String actor) {
        this.name = name;
        this.type = type;
        this.location = location;
        this.mediators.clear();
        this.mediators.addAll(mediators);
        touched(actor);
    }

    public void close(String actor) {
        open = false;
        touched(actor);
    }

    public void reopen(String actor) {
        open = true;
        touched(actor);
    }

    private void touched(String actor) {
        updatedAt = OffsetDateTime.now();
        updatedBy = actor;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public RoomType type() {
        return type;
    }

    public String location() {
        return location;
    }

    public boolean isOpen() {
        return open;
    }

    public Set<String> mediators() {
        return Set.copyOf(mediators);
    }

    public long version() {
        return version;
    }
}
