package org.onedoor.cases.agreements.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.onedoor.cases.casefiles.control.CaseFiles;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.HandlesCases;
import org.onedoor.cases.privacy.control.Reveals;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.tenancy.entity.Center;

/** Hands out the agreement PDF of a case: it carries full personal data, so it is recorded like a reveal. */
@ApplicationScoped
@Transactional
public class AgreementHandout {

    @Inject
    TenantScope tenantScope;

    @Inject
    CaseFiles caseFiles;

    @Inject
    AgreementDocument agreements;

    @Inject
    Reveals reveals;

    public record Document(String filename, byte[] content) {}

    public Document handOut(String center, UUID id, String actor) {
        Center bound = tenantScope.enter(center, HandlesCases.class);
        CaseFile caseFile = caseFiles.get(id);
        byte[] pdf = agreements.render(bound.name(), caseFile);
        reveals.recordDocument(caseFile, "AGREEMENT_PDF", actor);
        return new Document("agreement-" + caseFile.number() + ".pdf", pdf);
    }
}
