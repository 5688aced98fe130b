package org.onedoor.admin.tenants.entity;

import java.io.Serializable;

/**
 * A center to open, as {@code POST /tenants} reads it and as the centers page's dialog fills it in:
 * one form for both (issue #14.2), checked by {@code Onboarding}. The first administrator is
 * optional; naming an existing account needs {@code confirmExistingAccount}.
 */
public class NewCenter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private String parentCode;
    private String administratorUsername;
    private String administratorEmail;
    private String administratorName;
    private Boolean confirmExistingAccount;

    public NewCenter() {}

    public NewCenter(String code, String name, String parentCode) {
        this.code = code;
        this.name = name;
        this.parentCode = parentCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getAdministratorUsername() {
        return administratorUsername;
    }

    public void setAdministratorUsername(String administratorUsername) {
        this.administratorUsername = administratorUsername;
    }

    public String getAdministratorEmail() {
        return administratorEmail;
    }

    public void setAdministratorEmail(String administratorEmail) {
        this.administratorEmail = administratorEmail;
    }

    public String getAdministratorName() {
        return administratorName;
    }

    public void setAdministratorName(String administratorName) {
        this.administratorName = administratorName;
    }

    public Boolean getConfirmExistingAccount() {
        return confirmExistingAccount;
    }

    public void setConfirmExistingAccount(Boolean confirmExistingAccount) {
        this.confirmExistingAccount = confirmExistingAccount;
    }
}
