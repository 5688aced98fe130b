package org.onedoor.reception.matters.entity;

public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
