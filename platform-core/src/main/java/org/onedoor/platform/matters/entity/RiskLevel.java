package org.onedoor.platform.matters.entity;

public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
