package org.onedoor.cases;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.onedoor.cases.agreements.boundary.AgreementResource;
import org.onedoor.cases.casefiles.boundary.CasesResource;
import org.onedoor.cases.consultations.boundary.ConsultationRequestResource;
import org.onedoor.cases.consultations.boundary.ConsultationsResource;
import org.onedoor.cases.deadlines.boundary.DeadlinePassesResource;
import org.onedoor.cases.deadlines.boundary.NotificationsResource;
import org.onedoor.cases.deadlines.boundary.SupervisionResource;
import org.onedoor.cases.escalation.boundary.EscalationResource;
import org.onedoor.cases.privacy.boundary.CaseRevealsResource;
import org.onedoor.cases.privacy.boundary.PartyRevealResource;
import org.onedoor.cases.privacy.boundary.RevealsResource;
import org.onedoor.cases.rollups.boundary.RollupsResource;
import org.onedoor.platform.rest.PlatformApi;

/** The cases REST API, {@code /cases/api/v1}. Classes are listed, never scanned (ADR 0001). */
@ApplicationPath(PlatformApi.VERSION_PATH)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "OneDoor 案件办理 API (cases)",
                        version = "v1",
                        description = "Case files, mediation, agreements, escalation, follow-up and rollups."),
        security = @SecurityRequirement(name = "bearer"))
public class CasesApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return PlatformApi.withModuleClasses(
                CasesResource.class,
                EscalationResource.class,
                PartyRevealResource.class,
                CaseRevealsResource.class,
                RevealsResource.class,
                AgreementResource.class,
                RollupsResource.class,
                DeadlinePassesResource.class,
                NotificationsResource.class,
                SupervisionResource.class,
                ConsultationRequestResource.class,
                ConsultationsResource.class);
    }
}
