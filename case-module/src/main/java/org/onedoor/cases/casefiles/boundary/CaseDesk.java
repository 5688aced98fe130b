package org.onedoor.cases.casefiles.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.onedoor.cases.agreements.control.AgreementDocument;
import org.onedoor.cases.casefiles.control.CaseFiles;
import org.onedoor.cases.casefiles.entity.Agreement;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.CaseState;
import org.onedoor.cases.casefiles.entity.HandlesCases;
import org.onedoor.cases.casefiles.entity.OpensCases;
import org.onedoor.cases.casefiles.entity.ReadsCases;
import org.onedoor.cases.escalation.control.Escalation;
import org.onedoor.cases.privacy.control.Reveals;
import org.onedoor.cases.privacy.entity.RevealsPersonalData;
import org.onedoor.cases.privacy.entity.ReviewsReveals;
import org.onedoor.cases.rollups.control.RollupProjection;
import org.onedoor.platform.privacy.entity.NationalId;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.tenancy.entity.Center;

/**
 * The case module's operations as the API and the pages share them: each one transaction bound to
 * the center, answering views (personal data masked) built before the transaction ends.
 */
@ApplicationScoped
@Transactional
public class CaseDesk {

    /** At most this many reveals in one review; a longer period is read in shorter ones. */
    static final int REVIEW_LIMIT = 1_000;

    @Inject
    TenantScope tenantScope;

    @Inject
    CaseFiles caseFiles;

    @Inject
    Escalation escalation;

    @Inject
    Reveals reveals;

    @Inject
    AgreementDocument agreements;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    RollupProjection rollups;

    public record Opened(CaseView view, boolean created) {}

    public record Document(String filename, byte[] content) {}

    public Opened open(String center, DispatchForm form, String actor) {
        tenantScope.enter(center, OpensCases.class);
        for (int i = 0; i < form.getParties().size(); i++) {
            String id = form.getParties().get(i).getIdNumber();
            if (id != null && !id.isBlank() && !NationalId.isValid(id.strip())) {
                throw new InvalidInputException("parties[" + i + "].idNumber", "case.id-number.invalid");
            }
        }
        CaseFiles.Opened opened = caseFiles.open(
                center,
                new CaseFile.Dispatch(
                        form.getMatterId(),
                        form.getTicket(),
                        form.getCategory().getCode(),
                        form.getCategory().getName(),
                        form.getChannel(),
                        form.getGrade(),
                        form.getRiskLevel(),
                        form.getDescription().strip(),
                        form.getRoom() == null ? null : form.getRoom().getId(),
                        form.getRoom() == null ? null : form.getRoom().getName(),
                        form.getRegisteredAt(),
                        form.getRegisteredBy()),
                form.getParties().stream()
                        .map(party -> new CaseFiles.NewParty(
                                party.getRole(),
                                party.getName().strip(),
                                NationalId.parse(party.getIdNumber())
                                        .map(NationalId::value)
                                        .orElse(null),
                                blankToNull(party.getPhone()),
                                blankToNull(party.getAddress())))
                        .toList(),
                actor);
        return new Opened(view(opened.caseFile()), opened.created());
    }

    public List<CaseView> list(String center, UUID room, CaseState state) {
        tenantScope.enter(center, ReadsCases.class);
        return caseFiles.list(room, state).stream().map(this::view).toList();
    }

    public CaseView get(String center, UUID id) {
        tenantScope.enter(center, ReadsCases.class);
        return view(caseFiles.get(id));
    }

    public List<CaseView.Step> timeline(String center, UUID id) {
        tenantScope.enter(center, ReadsCases.class);
        return caseFiles.get(id).timeline().stream().map(CaseView.Step::of).toList();
    }

    /**
     * Any change of a case by its handlers: {@code change} gets the case and the center; what it
     * adds to the timeline is counted in the statistics in the same transaction.
     */
    public CaseView change(String center, UUID id, BiConsumer<CaseFile, String> change) {
        tenantScope.enter(center, HandlesCases.class);
        CaseFile caseFile = caseFiles.get(id);
        int known = caseFile.timeline().size();
        change.accept(caseFile, center);
        rollups.countSince(caseFile, known);
        return view(caseFile);
    }

    public CaseView resolve(String center, UUID id, AgreementForm form, String actor) {
        PerformanceForm performance = form.getPerformance();
        Agreement agreement = new Agreement(
                form.getFacts().strip(),
                form.getTerms().strip(),
                performance.getManner().strip(),
                performance.getPlace().strip(),
                performance.getDeadline());
        return change(center, id, (caseFile, where) -> caseFile.resolveWith(where, agreement, actor));
    }

    public CaseView escalate(String center, UUID id, String reason, String actor) {
        tenantScope.enter(center, HandlesCases.class);
        return view(escalation.escalate(center, id, reason.strip(), actor));
    }

    /** The agreement PDF, with full personal data: its download is recorded like a reveal. */
    public Document agreement(String center, UUID id, String actor) {
        Center bound = tenantScope.enter(center, HandlesCases.class);
        CaseFile caseFile = caseFiles.get(id);
        byte[] pdf = agreements.render(bound.name(), caseFile);
        reveals.recordDocument(caseFile, "AGREEMENT_PDF", actor);
        return new Document("agreement-" + caseFile.number() + ".pdf", pdf);
    }

    /**
     * A member without the permission is told so (403, by {@link TenantScope}): they may well read
     * the case, masked. Only where the case is handled: an escalated copy refuses like every other
     * action there (409).
     */
    public String reveal(String center, UUID id, UUID party, RevealForm form, String actor) {
        tenantScope.enter(center, RevealsPersonalData.class);
        CaseFile caseFile = caseFiles.get(id);
        caseFile.requireHandledHere("reveal");
        return reveals.reveal(caseFile, party, form.getField(), form.getReason().strip(), actor);
    }

    public List<Reveals.Reveal> reveals(String center, UUID id) {
        tenantScope.enter(center, ReviewsReveals.class);
        return reveals.of(caseFiles.get(id).id());
    }

    /** The center's reveals of the last {@code days} days, newest first: the auditor's review of them all. */
    public List<Reveals.Reveal> centerReveals(String center, int days) {
        tenantScope.enter(center, ReviewsReveals.class);
        return reveals.since(OffsetDateTime.now().minusDays(days), REVIEW_LIMIT);
    }

    /** Whether the caller may reveal in {@code center}: the case page offers the reveal only then. */
    public boolean mayReveal(String center) {
        return tenantScope.holds(center, RevealsPersonalData.class);
    }

    private CaseView view(CaseFile caseFile) {
        return CaseView.of(caseFile, caseFile.state() == CaseState.ESCALATED ? escalation.current(caseFile) : null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
