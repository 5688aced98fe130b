-- Bulk onboarding of sub-units from a file: the batch and one row per line of the file, with what
-- became of it. Centers are created only once every line is valid, all in one transaction.
create table platform.onboarding_batch (
    id          uuid         primary key,
    file_name   varchar(255),
    status      varchar(16)  not null check (status in ('ACCOUNTS', 'CREATED', 'FAILED')),
    failure     varchar(2000),
    total       integer      not null,
    created_at  timestamptz  not null default now(),
    created_by  varchar(100) not null,
    updated_at  timestamptz  not null default now()
);

create table platform.onboarding_row (
    batch_id              uuid         not null references platform.onboarding_batch (id),
    line                  integer      not null,
    code                  varchar(12)  not null,
    name                  varchar(100) not null,
    parent_code           varchar(12)  not null,
    administrator         varchar(255),
    administrator_email   varchar(255),
    administrator_name    varchar(100),
    account               varchar(16)  check (account in ('CREATED', 'EXISTING', 'FAILED')),
    primary key (batch_id, line)
);
