package org.onedoor.reception.matters.entity;

/** At the front desk a matter is registered, then dispatched; the case module takes it from there. */
public enum MatterState {
    REGISTERED,
    DISPATCHED
}
