package org.onedoor.cases.casefiles.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The matter's category as the front desk registered it: its code and its name at the time. */
public class CategoryRef {

    @NotBlank
    @Size(max = 40)
    private String code;

    @NotBlank
    @Size(max = 60)
    private String name;

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
}
