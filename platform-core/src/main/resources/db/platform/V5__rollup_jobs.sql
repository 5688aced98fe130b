-- Consistency checks and rebuilds of the statistics run as jobs (issue #13, ADR 0016): a request
-- starts or joins one, any instance's worker claims it with FOR UPDATE SKIP LOCKED and holds a lease
-- it renews while it works; a job whose lease ran out (its instance stopped) is taken over, and
-- failed after three attempts. Each job names its area: no caller context reaches the worker.
create table platform.rollup_job (
    id            uuid         primary key,
    area_code     varchar(12)  not null,
    kind          varchar(12)  not null check (kind in ('CONSISTENCY', 'REBUILD')),
    period_kind   varchar(10),
    period_from   date,
    period_to     date,
    state         varchar(10)  not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    started_by    varchar(255) not null,
    created_at    timestamptz  not null default now(),
    started_at    timestamptz,
    finished_at   timestamptz,
    attempts      integer      not null default 0,
    lease_owner   varchar(200),
    lease_until   timestamptz,
    centers_total integer,
    centers_done  integer      not null default 0,
    events        bigint       not null default 0,
    result        text,
    failure       varchar(500)
);

-- At most one unfinished job per area: a second request joins (or is told about) the running one.
create unique index rollup_job_one_per_area on platform.rollup_job (area_code)
    where state in ('QUEUED', 'RUNNING');
-- What the workers poll for.
create index rollup_job_waiting on platform.rollup_job (lease_until) where state in ('QUEUED', 'RUNNING');
