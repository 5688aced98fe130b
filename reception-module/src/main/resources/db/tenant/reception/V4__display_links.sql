-- The center's hall display links (issue #22.5, ADR 0024): a label per television, who made it and
-- when, and once revoked, who revoked it and when. Only the SHA-256 of the link's token is kept; the
-- token is shown once, when the link is made. The platform's display_route finds the center by it.
create table display_link (
    id          uuid         primary key,
    label       varchar(60)  not null,
    token_hash  char(64)     not null unique,
    created_by  varchar(255) not null,
    created_at  timestamptz  not null,
    revoked_by  varchar(255),
    revoked_at  timestamptz,
    version     bigint       not null default 0,
    check ((revoked_at is null) = (revoked_by is null))
);
create index display_link_newest on display_link (created_at desc, id);
