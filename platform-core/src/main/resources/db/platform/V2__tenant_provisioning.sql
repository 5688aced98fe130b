-- One row per center and provisioning step (each module's migrations, the identity provider).
-- A center becomes ACTIVE when all its steps are DONE. Workers claim PENDING rows with
-- FOR UPDATE SKIP LOCKED, so several instances share the work without doing it twice.
create table platform.tenant_provisioning (
    tenant_code varchar(12)   not null references platform.tenant (code),
    step        varchar(32)   not null,
    status      varchar(16)   not null check (status in ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    detail      varchar(2000),
    attempts    integer       not null default 0,
    claimed_by  varchar(100),
    started_at  timestamptz,
    finished_at timestamptz,
    updated_at  timestamptz   not null default now(),
    primary key (tenant_code, step)
);
create index tenant_provisioning_waiting on platform.tenant_provisioning (step, status)
    where status in ('PENDING', 'RUNNING');
