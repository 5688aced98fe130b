-- Every grant and revocation of a center role (issue #13 finding 3, ADR 0015): who changed whose role
-- in which center, and when. Written by tenant-admin beside the identity provider's change, including
-- first administrators made by provisioning and bulk onboarding; read, newest first, by the center's
-- administrators and auditors. Rows are never updated or deleted.
create table platform.role_change (
    id          uuid         primary key,
    center_code varchar(12)  not null,
    username    varchar(255) not null,
    role        varchar(50)  not null,
    change      varchar(10)  not null check (change in ('GRANTED', 'REVOKED')),
    changed_by  varchar(255) not null,
    changed_at  timestamptz  not null default now()
);

create index role_change_center_newest on platform.role_change (center_code, changed_at desc, id);
create index role_change_center_username on platform.role_change (center_code, username, changed_at desc);
