-- Which center a hall display link opens (issue #22.5, ADR 0024), by the SHA-256 of its token. The
-- display has no login and so no center of its own: one indexed read here finds it, instead of asking
-- every center's schema. Owned by reception: written beside the center's display_link in the same
-- transaction, the row removed when the link is revoked; read by reception's hall display.
create table platform.display_route (
    token_hash  char(64)     primary key,
    center_code varchar(12)  not null references platform.tenant (code),
    created_at  timestamptz  not null default now()
);
create index display_route_center on platform.display_route (center_code);
