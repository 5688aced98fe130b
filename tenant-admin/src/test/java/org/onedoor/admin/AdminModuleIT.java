package org.onedoor.admin;

import java.io.File;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.stack.junit.ModuleContract;
import org.onedoor.stack.junit.PlatformStack;

/**
 * The administration module on Payara Micro against real PostgreSQL and Keycloak. Its WAR also
 * carries keycloak-admin-client (RESTEasy): the contract's API checks prove the module's own JAX-RS
 * API still answers (ADR 0001).
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(ArquillianExtension.class)
class AdminModuleIT extends ModuleContract {

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive admin() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/admin.war"));
    }

    @Override
    protected URL moduleUrl() {
        return url;
    }

    @Override
    protected String module() {
        return "admin";
    }

    @Override
    protected List<String> ownApiPaths() {
        return List.of("/api/v1/tenants", "/api/v1/t/{code}/rooms", "/api/v1/onboarding");
    }
}
