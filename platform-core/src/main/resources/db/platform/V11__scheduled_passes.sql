-- Passes that run across all centers on a schedule (e.g. marking deadlines, issue #15.5): every
-- instance schedules them, the one that takes the lease runs a pass, the others skip it. A lease
-- that runs out (its instance died mid-pass) is taken by the next instance that asks.
create table platform.scheduled_pass (
    name           varchar(40)   primary key,
    run_by         varchar(200),
    lease_until    timestamptz,
    last_started   timestamptz,
    last_finished  timestamptz,
    last_report    varchar(2000)
);
