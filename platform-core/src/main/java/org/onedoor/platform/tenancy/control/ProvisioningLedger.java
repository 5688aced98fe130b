package org.onedoor.platform.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.onedoor.platform.tenancy.entity.Center;
import org.onedoor.platform.tenancy.entity.DivisionCode;
import org.onedoor.platform.tenancy.entity.StepStatus;
import org.onedoor.platform.tenancy.entity.TenantStatus;

/**
 * The provisioning steps of every center, shared by all modules and instances through the
 * {@code platform.tenant_provisioning} table. A center opens (PROVISIONING → ACTIVE) in the same
 * transaction that records its last step done; a failed step marks a provisioning center FAILED
 * with the reason. The center's row is locked while its steps change, so two modules finishing at
 * once cannot both miss the moment to open it.
 */
@ApplicationScoped
public class ProvisioningLedger {

    /** A claim older than this is considered abandoned by a stopped instance and taken over. */
    static final String ABANDONED_AFTER = "15 minutes";

    @Inject
    DatabaseSettings database;

    /** Claims up to {@code limit} centers waiting for {@code step}, for {@code instance}. */
    public List<Center> claim(String step, String instance, int limit) throws SQLException {
        String sql = "with claimed as ("
                + " update platform.tenant_provisioning p"
                + "    set status = '" + StepStatus.RUNNING
                + "', claimed_by = ?, started_at = now(), attempts = attempts + 1,"
                + "        updated_at = now()"
                + "  where (p.tenant_code, p.step) in ("
                + "        select tenant_code, step from platform.tenant_provisioning"
                + "         where step = ? and (status = '" + StepStatus.PENDING + "'"
                + "               or (status = '" + StepStatus.RUNNING + "' and started_at < now() - interval '"
                + ABANDONED_AFTER + "'))"
                + "         order by updated_at limit ? for update skip locked)"
                + " returning p.tenant_code)"
                + " select t.code, t.name, t.status, t.schema_name from platform.tenant t"
                + " join claimed c on c.tenant_code = t.code";
        try (Connection connection = database.connect();
                PreparedStatement claim = connection.prepareStatement(sql)) {
            claim.setString(1, instance);
            claim.setString(2, step);
            claim.setInt(3, limit);
            return centers(claim);
        }
    }

    /** The centers whose schemas every module keeps current at start-up: open and suspended ones. */
    public List<Center> centersToKeepCurrent() throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(
                        "select code, name, status, schema_name from platform.tenant" + " where status in ('"
                                + TenantStatus.ACTIVE + "', '" + TenantStatus.SUSPENDED + "') order by code")) {
            return centers(query);
        }
    }

    /** Records {@code step} done for {@code code}, and opens the center when it was the last one. */
    public void done(DivisionCode code, String step, String detail) throws SQLException {
        inTransaction(connection -> {
            lockCenter(connection, code);
            upsertStep(connection, code, step, StepStatus.DONE, detail);
            try (PreparedStatement open = connection.prepareStatement("update platform.tenant set status = '"
                    + TenantStatus.ACTIVE + "', failure_reason = null, updated_at = now(),"
                    + " updated_by = 'provisioning', version = version + 1"
                    + " where code = ? and status = '" + TenantStatus.PROVISIONING + "' and not exists ("
                    + "   select 1 from platform.tenant_provisioning where tenant_code = ? and status <> '"
                    + StepStatus.DONE + "')")) {
                open.setString(1, code.value());
                open.setString(2, code.value());
                open.executeUpdate();
            }
        });
    }

    /** Records {@code step} failed; a center still provisioning becomes FAILED with the reason. */
    public void failed(DivisionCode code, String step, String error) throws SQLException {
        String reason = truncate(step + ": " + error);
        inTransaction(connection -> {
            lockCenter(connection, code);
            upsertStep(connection, code, step, StepStatus.FAILED, truncate(error));
            try (PreparedStatement fail = connection.prepareStatement("update platform.tenant set status = '"
                    + TenantStatus.FAILED + "', failure_reason = ?, updated_at = now(),"
                    + " updated_by = 'provisioning', version = version + 1"
                    + " where code = ? and status = '" + TenantStatus.PROVISIONING + "'")) {
                fail.setString(1, reason);
                fail.setString(2, code.value());
                fail.executeUpdate();
            }
        });
    }

    private static void lockCenter(Connection connection, DivisionCode code) throws SQLException {
        try (PreparedStatement lock =
                connection.prepareStatement("select 1 from platform.tenant where code = ? for update")) {
            lock.setString(1, code.value());
            lock.executeQuery().close();
        }
    }

    private static void upsertStep(
            Connection connection, DivisionCode code, String step, StepStatus status, String detail)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "insert into platform.tenant_provisioning (tenant_code, step, status, detail, finished_at, updated_at)"
                        + " values (?, ?, ?, ?, now(), now())"
                        + " on conflict (tenant_code, step) do update set status = excluded.status,"
                        + " detail = excluded.detail, finished_at = now(), updated_at = now(), claimed_by = null")) {
            upsert.setString(1, code.value());
            upsert.setString(2, step);
            upsert.setString(3, status.name());
            upsert.setString(4, detail);
            upsert.executeUpdate();
        }
    }

    private static List<Center> centers(PreparedStatement query) throws SQLException {
        List<Center> centers = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                centers.add(new Center(
                        new DivisionCode(rows.getString("code")),
                        rows.getString("name"),
                        TenantStatus.valueOf(rows.getString("status")),
                        rows.getString("schema_name")));
            }
        }
        return centers;
    }

    private static String truncate(String text) {
        String value = text == null ? "" : text;
        return value.length() <= 2000 ? value : value.substring(0, 1997) + "…";
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(Work work) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
