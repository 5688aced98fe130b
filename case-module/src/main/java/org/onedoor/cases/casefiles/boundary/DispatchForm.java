package org.onedoor.cases.casefiles.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.onedoor.platform.matters.boundary.PartyForm;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.matters.entity.RiskLevel;

/** A dispatched matter, as the front desk hands it over (a class: Payara's OpenAPI fails on record validation). */
public class DispatchForm {

    @NotNull
    private UUID matterId;

    @Size(max = 8)
    private String ticket;

    @NotNull
    @Valid
    private CategoryRef category;

    @NotNull
    private Channel channel;

    @NotNull
    private Grade grade;

    @NotNull
    private RiskLevel riskLevel;

    @NotBlank
    @Size(max = 4000)
    private String description;

    @Valid
    private RoomRef room;

    /** Optionally, the room's mediator who is to work on the case (issue #15.4). */
    @Size(max = 255)
    private String assignee;

    @NotNull
    private OffsetDateTime registeredAt;

    @NotBlank
    @Size(max = 255)
    private String registeredBy;

    /** The registering clerk's name as the desk kept it; absent for matters registered before. */
    @Size(max = 255)
    private String registeredByName;

    @NotEmpty
    @Size(max = 20)
    @Valid
    private List<PartyForm> parties;

    public UUID getMatterId() {
        return matterId;
    }

    public void setMatterId(UUID matterId) {
        this.matterId = matterId;
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }

    public CategoryRef getCategory() {
        return category;
    }

    public void setCategory(CategoryRef category) {
        this.category = category;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade grade) {
        this.grade = grade;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public RoomRef getRoom() {
        return room;
    }

    public void setRoom(RoomRef room) {
        this.room = room;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public OffsetDateTime getRegisteredAt() {
        return registeredAt;
    }

    public void setRegisteredAt(OffsetDateTime registeredAt) {
        this.registeredAt = registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public void setRegisteredBy(String registeredBy) {
        this.registeredBy = registeredBy;
    }

    public String getRegisteredByName() {
        return registeredByName;
    }

    public void setRegisteredByName(String registeredByName) {
        this.registeredByName = registeredByName;
    }

    public List<PartyForm> getParties() {
        return parties;
    }

    public void setParties(List<PartyForm> parties) {
        this.parties = parties;
    }
}
