package org.onedoor.cases.casefiles.entity;

import java.time.LocalDate;

/**
 * The terms of a mediation agreement (人民调解协议书): the facts and liability, what was agreed, and
 * the manner, place and time of performance. The parties are the case's.
 */
public record Agreement(String facts, String terms, String manner, String place, LocalDate deadline) {}
