-- The case file (一案一档): one row per case in the center that handles it, with its parties,
-- mediation sessions and timeline. An escalated case is copied, with the same ids, into the parent
-- center's schema; the copy left here is read-only and points up (escalated_to).
create table case_file (
    id                    uuid          primary key,
    number                varchar(20)   not null,
    matter_id             uuid          not null unique,
    ticket                varchar(8),
    first_receiver        varchar(12)   not null,
    category_code         varchar(40)   not null,
    category_name         varchar(60)   not null,
    channel               varchar(20)   not null,
    grade                 varchar(12)   not null,
    risk_level            varchar(10)   not null,
    description           varchar(4000) not null,
    room_id               uuid,
    room_name             varchar(60),
    state                 varchar(16)   not null,
    referral_to           varchar(30),
    referral_department   varchar(100),
    referral_reason       varchar(500),
    agreement_facts       varchar(4000),
    agreement_terms       varchar(4000),
    performance_manner    varchar(200),
    performance_place     varchar(200),
    performance_deadline  date,
    agreed_at             timestamptz,
    satisfaction          varchar(16),
    follow_up_notes       varchar(2000),
    followed_up_at        timestamptz,
    escalated_to          varchar(12),
    registered_at         timestamptz   not null,
    registered_by         varchar(255)  not null,
    opened_at             timestamptz   not null,
    closed_at             timestamptz,
    version               bigint        not null default 0
);
create index case_file_by_room on case_file (room_id, opened_at desc);
create index case_file_by_state on case_file (state);

create table case_party (
    id         uuid         primary key,
    case_id    uuid         not null references case_file (id),
    position   smallint     not null,
    role       varchar(12)  not null,
    name       varchar(50)  not null,
    id_number  varchar(18),
    phone      varchar(20),
    address    varchar(200)
);
create index case_party_by_case on case_party (case_id);

create table case_session (
    id            uuid          primary key,
    case_id       uuid          not null references case_file (id),
    held_at       timestamptz   not null,
    participants  varchar(500)  not null,
    notes         varchar(4000) not null,
    recorded_by   varchar(255)  not null,
    recorded_at   timestamptz   not null
);
create index case_session_by_case on case_session (case_id);

-- The timeline: every step, when, by whom, in which center.
create table case_event (
    id           uuid          primary key,
    case_id      uuid          not null references case_file (id),
    at           timestamptz   not null,
    actor        varchar(255)  not null,
    center_code  varchar(12)   not null,
    action       varchar(30)   not null,
    detail       varchar(1000)
);
create index case_event_by_case on case_event (case_id, at);
