package org.onedoor.platform.tenancy.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The calling module's data source ({@code java:comp/env/jdbc/onedoor}, each module maps it in its
 * web.xml), looked up once per module: a JNDI lookup per request cost about an eighth of the front
 * desk's CPU (bench/README.md). Keyed by the module's class loader, because in the EAR this class
 * is shared by the three modules. Public for the other platform components that read platform
 * tables (the working calendar).
 */
public final class ModuleDataSource {

    static final String NAME = "java:comp/env/jdbc/onedoor";

    private static final Map<ClassLoader, DataSource> KNOWN = new ConcurrentHashMap<>();

    public static DataSource get() {
        ClassLoader module = Thread.currentThread().getContextClassLoader();
        DataSource known = module == null ? null : KNOWN.get(module);
        if (known != null) {
            return known;
        }
        try {
            DataSource found = InitialContext.doLookup(NAME);
            if (module != null) {
                KNOWN.put(module, found);
            }
            return found;
        } catch (NamingException e) {
            throw new IllegalStateException("no data source " + NAME + " in this module", e);
        }
    }

    private ModuleDataSource() {}
}
