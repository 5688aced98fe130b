package org.onedoor.cases.casefiles.boundary;

import jakarta.validation.constraints.Size;

/** A category or room: its id or code and its name at the time. */
public class NamedRef {

    @Size(max = 40)
    private String code;

    @Size(max = 60)
    private String name;

    private java.util.UUID id;

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

    public java.util.UUID getId() {
        return id;
    }

    public void setId(java.util.UUID id) {
        this.id = id;
    }
}
