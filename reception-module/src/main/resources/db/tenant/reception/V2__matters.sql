-- A matter registered at the front desk (挂号) or pushed in by an integration, with its parties.
-- Personal data stays in the center's schema; lists show it masked.
create table matter (
    id                  uuid         primary key,
    ticket              varchar(8)   not null,
    ticket_day          date         not null,
    category_code       varchar(40)  not null,
    category_name       varchar(60)  not null,
    channel             varchar(20)  not null,
    description         varchar(4000) not null,
    risk_level          varchar(10)  not null,
    grade               varchar(12)  not null,
    state               varchar(12)  not null,
    suggested_room_id   uuid,
    suggested_room_name varchar(60),
    room_id             uuid,
    room_name           varchar(60),
    case_id             uuid,
    case_number         varchar(20),
    external_reference  varchar(100),
    registered_at       timestamptz  not null,
    registered_by       varchar(255) not null,
    dispatched_at       timestamptz,
    dispatched_by       varchar(255),
    version             bigint       not null default 0,
    unique (ticket_day, ticket)
);
create index matter_registered_at on matter (registered_at desc);

create table matter_party (
    id         uuid         primary key,
    matter_id  uuid         not null references matter (id),
    position   smallint     not null,
    role       varchar(12)  not null,
    name       varchar(50)  not null,
    id_number  varchar(18),
    phone      varchar(20),
    address    varchar(200),
    unique (matter_id, position)
);
create index matter_party_id_number on matter_party (id_number) where id_number is not null;
create index matter_party_phone on matter_party (phone) where phone is not null;
