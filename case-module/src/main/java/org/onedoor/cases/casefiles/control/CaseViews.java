package org.onedoor.cases.casefiles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.CaseFilter;
import org.onedoor.cases.casefiles.entity.ReadsCases;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.tenancy.control.TenantScope;

/**
 * Reading case files as the API, the pages and other components show them: personal data masked,
 * built inside the transaction bound to the center.
 */
@ApplicationScoped
@Transactional
public class CaseViews {

    @Inject
    TenantScope tenantScope;

    @Inject
    CaseFiles caseFiles;

    @Inject
    EscalationTrail escalations;

    public Page<CaseView> list(String center, CaseFilter filter, PageRequest page) {
        tenantScope.enter(center, ReadsCases.class);
        return caseFiles.list(filter, page).map(this::of);
    }

    public CaseView get(String center, UUID id) {
        tenantScope.enter(center, ReadsCases.class);
        return of(caseFiles.get(id));
    }

    public List<CaseView.Step> timeline(String center, UUID id) {
        tenantScope.enter(center, ReadsCases.class);
        CaseFile caseFile = caseFiles.get(id);
        return caseFile.timeline().stream()
                .map(event -> CaseView.Step.of(event, caseFile))
                .toList();
    }

    /** The view of a case file read in the current transaction; an escalated copy says where the case is now. */
    public CaseView of(CaseFile caseFile) {
        return CaseView.of(caseFile, caseFile.isEscalated() ? escalations.follow(caseFile) : null);
    }
}
