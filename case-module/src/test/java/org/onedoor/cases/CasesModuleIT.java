package org.onedoor.cases;

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

/** The cases module, as built, on Payara Micro against real PostgreSQL and Keycloak. */
@ExtendWith(PlatformStack.class)
@ExtendWith(ArquillianExtension.class)
class CasesModuleIT extends ModuleContract {

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive cases() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/cases.war"));
    }

    @Override
    protected URL moduleUrl() {
        return url;
    }

    @Override
    protected String module() {
        return "cases";
    }

    @Override
    protected List<String> ownApiPaths() {
        return List.of("/api/v1/t/{code}/cases", "/api/v1/t/{code}/reveals", "/api/v1/rollups/{code}");
    }
}
