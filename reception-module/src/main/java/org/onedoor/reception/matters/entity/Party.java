package org.onedoor.reception.matters.entity;

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

/** A person in a matter. Every field is personal data: read the masked forms unless revealing. */
@Entity
@Table(name = "matter_party")
public class Party {

    public static final int NAME_LENGTH = 50;
    public static final int PHONE_LENGTH = 20;
    public static final int ADDRESS_LENGTH = 200;

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "matter_id")
    private Matter matter;

    @Column(nullable = false)
    private short position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartyRole role;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "id_number", length = 18)
    private String idNumber;

    @Column(length = PHONE_LENGTH)
    private String phone;

    @Column(length = ADDRESS_LENGTH)
    private String address;

    protected Party() {}

    Party(Matter matter, int position, PartyRole role, String name, String idNumber, String phone, String address) {
        this.id = UUID.randomUUID();
        this.matter = matter;
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

    public String name() {
        return name;
    }

    public String idNumber() {
        return idNumber;
    }

    public String phone() {
        return phone;
    }

    public String address() {
        return address;
    }

    public String maskedName() {
        return PersonalData.maskName(name);
    }

    public String maskedIdNumber() {
        return PersonalData.maskIdNumber(idNumber);
    }

    public String maskedPhone() {
        return PersonalData.maskPhone(phone);
    }

    public String maskedAddress() {
        return PersonalData.maskAddress(address);
    }
}
