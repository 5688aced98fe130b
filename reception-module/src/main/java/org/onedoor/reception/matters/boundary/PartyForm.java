package org.onedoor.reception.matters.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.reception.matters.control.NewMatter;
import org.onedoor.reception.matters.entity.Party;

/** A party as the desk enters it. A class, not a record: Payara's OpenAPI fails on record validation. */
public class PartyForm {

    @NotNull
    private PartyRole role;

    @NotBlank
    @Size(max = Party.NAME_LENGTH)
    private String name;

    /** 18 characters, GB 11643 check character; optional (a phone caller may not give it). */
    @Size(max = 18)
    private String idNumber;

    @Size(max = Party.PHONE_LENGTH)
    private String phone;

    @Size(max = Party.ADDRESS_LENGTH)
    private String address;

    NewMatter.NewParty toNewParty() {
        return new NewMatter.NewParty(role, name, idNumber, phone, address);
    }

    public PartyRole getRole() {
        return role;
    }

    public void setRole(PartyRole role) {
        this.role = role;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
