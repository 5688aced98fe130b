package org.onedoor.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.ModuleContract;
import org.onedoor.stack.junit.PlatformStack;

/** The reception module, as built, on Payara Micro against real PostgreSQL and Keycloak. */
@ExtendWith(PlatformStack.class)
@ExtendWith(ArquillianExtension.class)
class ReceptionModuleIT extends ModuleContract {

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive reception() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/reception.war"));
    }

    @Override
    protected URL moduleUrl() {
        return url;
    }

    @Override
    protected String module() {
        return "reception";
    }

    @Override
    protected List<String> ownApiPaths() {
        return List.of("/api/v1/t/{code}/matters", "/api/v1/t/{code}/intake");
    }

    @Test
    @DisplayName("#4.6 the intake operation is documented with its Idempotency-Key and an example work order")
    void intakeIsDocumentedWithExamples() {
        ApiClient.Response document = ApiClient.of(
                        URI.create(moduleUrl().toString()).resolve("/"))
                .withHeader("Accept", "application/json")
                .get("openapi");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body())
                .contains("Idempotency-Key")
                .contains("12345-20261122-0815")
                .contains("HOTLINE_12345")
                .contains("Idempotent-Replayed");
    }
}
