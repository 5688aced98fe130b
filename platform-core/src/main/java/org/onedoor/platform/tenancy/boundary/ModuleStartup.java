package org.onedoor.platform.tenancy.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.onedoor.platform.tenancy.control.ModuleMigrationStep;
import org.onedoor.platform.tenancy.control.ProvisioningLedger;
import org.onedoor.platform.tenancy.control.ProvisioningStep;
import org.onedoor.platform.tenancy.control.ProvisioningWorker;
import org.onedoor.platform.tenancy.control.ProvisioningWorkers;
import org.onedoor.platform.tenancy.control.SchemaMigrations;
import org.onedoor.platform.tenancy.control.TenancySettings;

/**
 * Starts the module's provisioning worker when the module starts (declared in each web.xml) and
 * stops it when the module stops. The module is named by its context root; its tenant migrations are
 * found through its own class loader.
 */
public class ModuleStartup implements ServletContextListener {

    private static final String WORKER = ModuleStartup.class.getName() + ".worker";

    @Inject
    SchemaMigrations migrations;

    @Inject
    ProvisioningLedger ledger;

    @Inject
    TenancySettings settings;

    /** Further steps this module contributes (the administration module: the identity provider). */
    @Inject
    @Any
    Instance<ProvisioningStep> moduleSteps;

    @Resource
    ManagedThreadFactory threads;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String module = event.getServletContext().getContextPath().replaceFirst("^/", "");
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<ProvisioningStep> steps = new ArrayList<>();
        steps.add(new ModuleMigrationStep(module, loader, migrations));
        moduleSteps.forEach(steps::add);
        ProvisioningWorker worker = new ProvisioningWorker(
                module,
                ManagementFactory.getRuntimeMXBean().getName() + "/" + module,
                steps,
                ledger,
                () -> migrations.migratePlatform(loader),
                threads,
                settings.parallelism(),
                settings.pollInterval());
        event.getServletContext().setAttribute(WORKER, worker);
        ProvisioningWorkers.register(worker);
        worker.start();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (event.getServletContext().getAttribute(WORKER) instanceof ProvisioningWorker worker) {
            ProvisioningWorkers.unregister(worker);
            worker.stop();
        }
    }
}
