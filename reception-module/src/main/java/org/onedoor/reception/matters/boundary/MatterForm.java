package org.onedoor.reception.matters.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onedoor.platform.matters.boundary.PartyForm;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.matters.entity.RiskLevel;
import org.onedoor.reception.matters.control.NewMatter;
import org.onedoor.reception.matters.entity.Matter;

/**
 * A new matter as the desk page, the REST resource or an integration sends it: one set of fields
 * and rules for all three (issue #14.2).
 */
public class MatterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MAX_PARTIES = 20;

    @NotEmpty
    @Size(max = MAX_PARTIES)
    @Valid
    private List<PartyForm> parties = new ArrayList<>();

    @NotBlank
    @Size(max = 40)
    private String categoryCode;

    @NotNull
    private Channel channel;

    @NotBlank
    @Size(max = Matter.DESCRIPTION_LENGTH)
    private String description;

    @NotNull
    private RiskLevel riskLevel;

    @NotNull
    private Grade grade;

    /** Another open room than routing suggests; optional. */
    private UUID roomId;

    /** The integration's own reference (12345 work order number …); optional. */
    @Size(max = Matter.EXTERNAL_REFERENCE_LENGTH)
    private String externalReference;

    /** A blank form as the front desk starts it: a walk-in, low risk, ordinary grade. */
    public static MatterForm atTheDesk() {
        MatterForm form = new MatterForm();
        form.channel = Channel.WALK_IN;
        form.riskLevel = RiskLevel.LOW;
        form.grade = Grade.ORDINARY;
        return form;
    }

    public NewMatter toNewMatter() {
        return new NewMatter(
                parties.stream().map(NewMatter.NewParty::of).toList(),
                categoryCode,
                channel,
                description,
                riskLevel,
                grade,
                roomId,
                externalReference);
    }

    public List<PartyForm> getParties() {
        return parties;
    }

    public void setParties(List<PartyForm> parties) {
        this.parties = parties;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade grade) {
        this.grade = grade;
    }

    public UUID getRoomId() {
        return roomId;
    }

    public void setRoomId(UUID roomId) {
        this.roomId = roomId;
    }

    public String getExternalReference() {
        return externalReference;
    }

    public void setExternalReference(String externalReference) {
        this.externalReference = externalReference;
    }
}
