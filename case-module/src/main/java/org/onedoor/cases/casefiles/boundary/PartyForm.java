package org.onedoor.cases.casefiles.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onedoor.platform.matters.entity.PartyRole;

/** A party as the desk registered it. */
public class PartyForm {

    @NotNull
    private PartyRole role;

    @NotBlank
    @Size(max = 50)
    private String name;

    @Size(max = 18)
    private String idNumber;

    @Size(max = 20)
    private String phone;

    @Size(max = 200)
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
