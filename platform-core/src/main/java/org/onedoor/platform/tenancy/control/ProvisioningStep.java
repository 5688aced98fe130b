package org.onedoor.platform.tenancy.control;

import org.onedoor.platform.tenancy.entity.Center;

/**
 * One thing that must be done for a center before it opens: each module's migrations, the identity
 * provider's groups. Must be idempotent: a failed step is retried from the start.
 */
public interface ProvisioningStep {

    /** The step's name in the ledger: the module name, or e.g. {@code identity}. */
    String name();

    /** Does the step for {@code center}; returns a short detail for the ledger (e.g. the schema version). */
    String run(Center center) throws Exception;
}
