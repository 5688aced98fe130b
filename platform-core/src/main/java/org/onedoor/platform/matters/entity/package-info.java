/**
 * The vocabulary of matters and cases that the modules exchange (ADR 0004): channels, triage
 * grades, risk levels and the parties' roles. Pages label them with the platform bundle's
 * {@code Channel.*}, {@code Grade.*}, {@code RiskLevel.*} and {@code PartyRole.*} keys (i18n/control/Labels).
 */
package org.onedoor.platform.matters.entity;
