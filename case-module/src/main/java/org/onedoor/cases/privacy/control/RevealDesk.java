package org.onedoor.cases.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.onedoor.cases.casefiles.control.CaseFiles;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.CaseParty;
import org.onedoor.cases.privacy.entity.RevealsPersonalData;
import org.onedoor.cases.privacy.entity.ReviewsReveals;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.tenancy.control.TenantScope;

/** Personal data revealed and reviewed, as the API and the case page share it (ADR 0012). */
@ApplicationScoped
@Transactional
public class RevealDesk {

    @Inject
    TenantScope tenantScope;

    @Inject
    CaseFiles caseFiles;

    @Inject
    Reveals reveals;

    /**
     * A member without the permission is told so (403, by {@link TenantScope}): they may well read
     * the case, masked. Only where the case is handled: an escalated copy refuses like every other
     * action there (409).
     */
    public String reveal(String center, UUID id, UUID party, CaseParty.Field field, String reason, String actor) {
        tenantScope.enter(center, RevealsPersonalData.class);
        CaseFile caseFile = caseFiles.get(id);
        caseFile.requireHandledHere();
        return reveals.reveal(caseFile, party, field, reason, actor);
    }

    public List<Reveals.Reveal> ofCase(String center, UUID id) {
        tenantScope.enter(center, ReviewsReveals.class);
        return reveals.of(caseFiles.get(id).id());
    }

    /** The center's reveals of the last {@code days} days, newest first: the auditor's review of them all. */
    public Page<Reveals.Reveal> ofCenter(String center, int days, PageRequest page) {
        tenantScope.enter(center, ReviewsReveals.class);
        return reveals.since(OffsetDateTime.now().minusDays(days), page);
    }

    /** Whether the caller may reveal in {@code center}: the case page offers the reveal only then. */
    public boolean mayReveal(String center) {
        return tenantScope.holds(center, RevealsPersonalData.class);
    }
}
