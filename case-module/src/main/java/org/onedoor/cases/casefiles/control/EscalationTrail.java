package org.onedoor.cases.casefiles.control;

import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.Whereabouts;

/**
 * Follows an escalated case to where it is handled now. Declared here, implemented by the
 * escalation component: the case file shows the answer without depending on how escalation works.
 */
public interface EscalationTrail {

    Whereabouts follow(CaseFile escalated);
}
