package org.onedoor.cases.casefiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.privacy.entity.PersonalData;

/** A party of the case. Every field is personal data: shown masked unless revealed (and audited). */
@Entity
@Table(name = "case_party")
public class CaseParty {

    /** The personal data a reveal can show. */
    public enum Field {
        NAME,
        ID_NUMBER,
        PHONE,
        ADDRESS
    }

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;

    @Column(nullable = false)
    private short position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartyRole role;

    @Column(nullable = false)
    private String name;

    @Column(name = "id_number")
    private String idNumber;

    private String phone;

    private String address;

    protected CaseParty() {}

    CaseParty(
            CaseFile caseFile,
            int position,
            PartyRole role,
            String name,
            String idNumber,
            String phone,
            String address) {
        this.id = UUID.randomUUID();
        this.caseFile = caseFile;
        this.position = (short) position;
        this.role = role;
        this.name = name;
        this.idNumber = idNumber;
        this.phone = phone;
        this.address = address;
    }

    public UUID id() {
        return id;
    }

    public PartyRole role() {
        return role;
    }

    public int position() {
        return position;
    }

    /** The full value: only for a reveal (audited) or the agreement document. */
    public String value(Field field) {
        return switch (field) {
            case NAME -> name;
            case ID_NUMBER -> idNumber;
            case PHONE -> phone;
            case ADDRESS -> address;
        };
    }

    public String masked(Field field) {
        return switch (field) {
            case NAME -> PersonalData.maskName(name);
            case ID_NUMBER -> PersonalData.maskIdNumber(idNumber);
            case PHONE -> PersonalData.maskPhone(phone);
            case ADDRESS -> PersonalData.maskAddress(address);
        };
    }
}
