package org.onedoor.cases.casefiles.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.onedoor.cases.casefiles.entity.Referral;

/** Mediation failed: where the matter goes, and why. */
public class ReferralForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Referral to;

    @Size(max = 100)
    private String department;

    @NotBlank
    @Size(max = 500)
    private String reason;

    public Referral getTo() {
        return to;
    }

    public void setTo(Referral to) {
        this.to = to;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
