package org.onedoor.cases.casefiles.entity;

/**
 * The steps a case's path may require besides its time limit (issue #15.3, ADR 0028), named as the
 * administration module's workflow rules name them.
 */
public enum RequirementKind {
    /** 提级会诊: the district records its opinion; the case may not conclude before. */
    CONSULT(true),
    /** 定期走访: visits on a rhythm, each within the limit of the last, while the case is open. */
    VISIT(false);

    private final boolean beforeConclusion;

    RequirementKind(boolean beforeConclusion) {
        this.beforeConclusion = beforeConclusion;
    }

    /** Whether the case may not conclude until this step is done. */
    public boolean isBeforeConclusion() {
        return beforeConclusion;
    }
}
