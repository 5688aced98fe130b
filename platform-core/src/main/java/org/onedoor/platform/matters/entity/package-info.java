/**
 * The vocabulary of matters and cases that the modules exchange (ADR 0004): channels, triage
 * grades, risk levels and the parties' roles. Pages label them with the platform bundle's
 * {@code channel.*}, {@code grade.*}, {@code risk.*} and {@code party.*} keys.
 */
package org.onedoor.platform.matters.entity;
