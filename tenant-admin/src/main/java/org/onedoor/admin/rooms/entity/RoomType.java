package org.onedoor.admin.rooms.entity;

/** What a mediation room (调解室) or studio (工作室) is for. */
public enum RoomType {
    PROPERTY,
    MARRIAGE_FAMILY,
    MEDICAL,
    LABOUR,
    COURT_PRE_LITIGATION,
    PSYCHOLOGICAL,
    PERSONAL_STUDIO,
    GENERAL
}
