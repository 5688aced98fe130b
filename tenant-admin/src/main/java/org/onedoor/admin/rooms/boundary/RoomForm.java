package org.onedoor.admin.rooms.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.onedoor.admin.rooms.entity.MediationRoom;
import org.onedoor.admin.rooms.entity.RoomType;

/** A room as an administrator describes it. A class: Payara's OpenAPI fails on record validation. */
public class RoomForm {

    @NotBlank
    @Size(max = MediationRoom.NAME_LENGTH)
    private String name;

    @NotNull
    private RoomType type;

    @Size(max = MediationRoom.LOCATION_LENGTH)
    private String location;

    /** Usernames of the mediators who work in the room (the account rule: ADR 0015; blanks are ignored). */
    @Size(max = 50)
    private List<@Size(max = 63) @Pattern(regexp = "\\s*|\\s*[a-zA-Z0-9][a-zA-Z0-9._@-]{1,62}\\s*") String> mediators =
            new ArrayList<>();

    /** For a change: the version it was based on; a newer one answers 409. */
    private Long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RoomType getType() {
        return type;
    }

    public void setType(RoomType type) {
        this.type = type;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public List<String> getMediators() {
        return mediators;
    }

    public void setMediators(List<String> mediators) {
        this.mediators = mediators == null ? new ArrayList<>() : mediators;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    List<String> mediatorUsernames() {
        return mediators.stream()
                .filter(username -> username != null && !username.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    }
}
