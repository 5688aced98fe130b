package org.onedoor.platform.matters.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.onedoor.platform.matters.entity.PartyRole;

/**
 * A party of a matter as the desk enters it and as it travels from the front desk to the case file.
 * A class, not a record: Payara's OpenAPI generator fails on validation of record components.
 */
public class PartyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 50;
    public static final int PHONE_LENGTH = 20;
    public static final int ADDRESS_LENGTH = 200;

    @NotNull
    private PartyRole role;

    @NotBlank
    @Size(max = NAME_LENGTH)
    private String name;

    /** 18 characters, GB 11643 check character; optional (a phone caller may not give it). */
    @Size(max = 18)
    private String idNumber;

    @Size(max = PHONE_LENGTH)
    private String phone;

    @Size(max = ADDRESS_LENGTH)
    private String address;

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
