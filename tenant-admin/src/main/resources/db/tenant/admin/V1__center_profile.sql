-- How a center presents itself to residents and staff: one row per center schema.
create table center_profile (
    id            smallint      primary key default 1 check (id = 1),
    address       varchar(200),
    phone         varchar(40),
    opening_hours varchar(200),
    introduction  varchar(2000),
    updated_at    timestamptz   not null default now(),
    updated_by    varchar(100)  not null,
    version       bigint        not null default 0
);
