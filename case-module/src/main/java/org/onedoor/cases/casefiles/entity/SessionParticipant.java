package org.onedoor.cases.casefiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.onedoor.platform.persistence.NullableUuid;

/**
 * One who took part in a mediation session (issue #22.3): a party of the case, kept by its id so its
 * name is shown masked like everywhere else; or a member of staff, by username and name. Others
 * (e.g. 社区民警) are words on the session itself.
 */
@Entity
@Table(name = "case_session_participant")
public class SessionParticipant {

    public enum Kind {
        PARTY,
        STAFF
    }

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private MediationSession session;

    @Column(nullable = false)
    private short position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "party_id")
    @Convert(converter = NullableUuid.class)
    private UUID partyId;

    private String username;

    private String name;

    protected SessionParticipant() {}

    private SessionParticipant(
            MediationSession session, int position, Kind kind, UUID partyId, String username, String name) {
        this.id = UUID.randomUUID();
        this.caseId = session.caseFile().id();
        this.session = session;
        this.position = (short) position;
        this.kind = kind;
        this.partyId = partyId;
        this.username = username;
        this.name = name;
    }

    static SessionParticipant party(MediationSession session, int position, UUID partyId) {
        return new SessionParticipant(session, position, Kind.PARTY, partyId, null, null);
    }

    static SessionParticipant staff(MediationSession session, int position, String username, String name) {
        return new SessionParticipant(session, position, Kind.STAFF, null, username, name);
    }

    public Kind kind() {
        return kind;
    }

    public UUID partyId() {
        return partyId;
    }

    public String username() {
        return username;
    }

    /** A member of staff's name as recorded (null: unknown, show the username). */
    public String name() {
        return name;
    }
}
