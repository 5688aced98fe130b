package org.onedoor.cases.deadlines.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.onedoor.cases.deadlines.control.Supervision;
import org.onedoor.cases.deadlines.entity.SupervisesCases;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.tenancy.control.TenantScope;

/** The supervision list (督办) as the API and the page share it: for the center's leaders and administrators. */
@ApplicationScoped
@Transactional
public class SupervisionDesk {

    @Inject
    TenantScope tenantScope;

    @Inject
    Supervision supervision;

    /** The overdue open cases of {@code code}, and of the centers directly below when {@code below}. */
    public Page<Supervision.OverdueCase> list(String code, boolean below, PageRequest page) {
        tenantScope.enter(code, SupervisesCases.class);
        return supervision.of(code, below, page);
    }
}
