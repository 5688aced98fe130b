package org.onedoor.platform.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.annotation.Annotation;
import java.util.function.Supplier;

/**
 * One short transaction bound to a center, for operations that also call another module over HTTP:
 * they call it between such transactions, so no database connection waits on the network (with the
 * calls inside one transaction, a pool of 16 connections starved at 50 registrations a second).
 */
@ApplicationScoped
public class CenterTransactions {

    @Inject
    TenantScope tenantScope;

    /** {@code work} in a transaction in center {@code code}, entered with {@code permission}. */
    @Transactional
    public <T> T call(String code, Class<? extends Annotation> permission, Supplier<T> work) {
        tenantScope.enter(code, permission);
        return work.get();
    }
}
