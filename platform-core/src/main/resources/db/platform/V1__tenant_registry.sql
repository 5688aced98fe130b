-- The tenant registry: every center (district, street, community …) and its place in the tree.
-- The tree here is the authority for hierarchy; identity-provider groups mirror it.
create table platform.tenant (
    code           varchar(12)  primary key,
    name           varchar(100) not null,
    level          varchar(12)  not null check (level in ('PROVINCE', 'CITY', 'DISTRICT', 'STREET', 'COMMUNITY')),
    parent_code    varchar(12)  references platform.tenant (code),
    status         varchar(16)  not null check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED', 'ARCHIVED', 'FAILED')),
    failure_reason varchar(2000),
    schema_name    varchar(63)  not null unique,
    -- the administrator named at creation; the identity step makes them the center's tenant-admin
    first_administrator varchar(255),
    created_at     timestamptz  not null default now(),
    created_by     varchar(100) not null,
    updated_at     timestamptz  not null default now(),
    updated_by     varchar(100) not null,
    version        bigint       not null default 0
);
create index tenant_by_parent on platform.tenant (parent_code);

