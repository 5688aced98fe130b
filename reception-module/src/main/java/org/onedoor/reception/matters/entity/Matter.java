package org.onedoor.reception.matters.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.matters.entity.RiskLevel;
import org.onedoor.platform.persistence.NullableUuid;
import org.onedoor.platform.security.entity.Actor;

/**
 * A matter at the front desk: who came, about what, how urgent, and where it was sent. Registration
 * gives it a ticket (A001 …, per center and day) and a suggested room; dispatch hands it to the case
 * module, which opens the case file.
 */
@Entity
@Table(name = "matter")
public class Matter {

    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int EXTERNAL_REFERENCE_LENGTH = 100;

    @Id
    private UUID id;

    @Column(nullable = false)
    private String ticket;

    @Column(name = "ticket_day", nullable = false)
    private LocalDate ticketDay;

    @Column(name = "category_code", nullable = false)
    private String categoryCode;

    @Column(name = "category_name", nullable = false)
    private String categoryName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    private RiskLevel riskLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Grade grade;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatterState state;

    @Column(name = "suggested_room_id")
    @Convert(converter = NullableUuid.class)
    private UUID suggestedRoomId;

    @Column(name = "suggested_room_name")
    private String suggestedRoomName;

    @Column(name = "room_id")
    @Convert(converter = NullableUuid.class)
    private UUID roomId;

    @Column(name = "room_name")
    private String roomName;

    @Column(name = "case_id")
    @Convert(converter = NullableUuid.class)
    private UUID caseId;

    @Column(name = "case_number")
    private String caseNumber;

    @Column(name = "external_reference", length = EXTERNAL_REFERENCE_LENGTH)
    private String externalReference;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    /** The registering clerk's name at the time, for the case's timeline (issue #22.1); null if unknown. */
    @Column(name = "registered_by_name")
    private String registeredByName;

    @Column(name = "dispatched_at")
    private OffsetDateTime dispatchedAt;

    @Column(name = "dispatched_by")
    private String dispatchedBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "matter", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Party> parties = new ArrayList<>();

    protected Matter() {}

    /**
     * Registers a matter with its ticket. {@code room} is where it will go unless the receptionist
     * chooses another at dispatch; {@code suggested} is what the center's routing proposed.
     */
    public static Matter register(
            UUID id,
            Ticket ticket,
            String categoryCode,
            String categoryName,
            Channel channel,
            String description,
            RiskLevel riskLevel,
            Grade grade,
            Room suggested,
            Room room,
            String externalReference,
            Actor registrar) {
        Matter matter = new Matter();
        matter.id = id;
        matter.ticket = ticket.number();
        matter.ticketDay = ticket.day();
        matter.categoryCode = categoryCode;
        matter.categoryName = categoryName;
        matter.channel = channel;
        matter.description = description;
        matter.riskLevel = riskLevel;
        matter.grade = grade;
        matter.state = MatterState.REGISTERED;
        if (suggested != null) {
            matter.suggestedRoomId = suggested.id();
            matter.suggestedRoomName = suggested.name();
        }
        matter.sendTo(room);
        matter.externalReference = externalReference;
        matter.registeredAt = OffsetDateTime.now();
        matter.registeredBy = registrar.username();
        matter.registeredByName = registrar.name();
        return matter;
    }

    public Party addParty(PartyRole role, String name, String idNumber, String phone, String address) {
        Party party = new Party(this, parties.size(), role, name, idNumber, phone, address);
        parties.add(party);
        return party;
    }

    /** Chooses the room it will be dispatched to; only before dispatch. */
    public void sendTo(Room room) {
        if (room != null) {
            this.roomId = room.id();
            this.roomName = room.name();
        }
    }

    /** The case module opened case {@code caseNumber} for it in the room. */
    public void dispatched(UUID caseId, String caseNumber, String actor) {
        this.state = MatterState.DISPATCHED;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.dispatchedAt = OffsetDateTime.now();
        this.dispatchedBy = actor;
    }

    public boolean isDispatched() {
        return state == MatterState.DISPATCHED;
    }

    public UUID id() {
        return id;
    }

    public String ticket() {
        return ticket;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String categoryName() {
        return categoryName;
    }

    public Channel channel() {
        return channel;
    }

    public String description() {
        return description;
    }

    public RiskLevel riskLevel() {
        return riskLevel;
    }

    public Grade grade() {
        return grade;
    }

    public MatterState state() {
        return state;
    }

    public Optional<Room> suggestedRoom() {
        return suggestedRoomId == null ? Optional.empty() : Optional.of(new Room(suggestedRoomId, suggestedRoomName));
    }

    public Optional<Room> room() {
        return roomId == null ? Optional.empty() : Optional.of(new Room(roomId, roomName));
    }

    public UUID caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String externalReference() {
        return externalReference;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    public Actor registrar() {
        return new Actor(registeredBy, registeredByName);
    }

    public String registeredBy() {
        return registeredBy;
    }

    public OffsetDateTime dispatchedAt() {
        return dispatchedAt;
    }

    public String dispatchedBy() {
        return dispatchedBy;
    }

    public List<Party> parties() {
        return List.copyOf(parties);
    }
}
