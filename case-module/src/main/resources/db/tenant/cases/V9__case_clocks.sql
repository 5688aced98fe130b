-- Clocks on open cases (issue #15.5): the time limit a case keeps — the center's rule in force when
-- it opened, resolved by the administration module — its deadline on the center's working calendar,
-- the instant it turns yellow, and the mark the deadline pass last gave it. Extensions (延期) and
-- suspension (中止) move the deadline (the timeline records each, with its reason and consent); the person it is assigned to (issue #15.4) gets the reminders.
alter table case_file
    add column limit_amount            integer,
    add column limit_unit              varchar(16),
    add column limit_max_extensions    integer,
    add column limit_extension_amount  integer,
    -- the center whose own rule it is; null for the platform's default
    add column limit_set_in            varchar(12),
    add column limit_effective_from    timestamptz,
    add column clock_started_at        timestamptz,
    add column extensions              integer      not null default 0,
    add column suspended_at            timestamptz,
    -- working time spent suspended, all suspensions together; the deadline moves by it
    add column suspended_seconds       bigint       not null default 0,
    add column due_at                  timestamptz,
    add column due_day                 date,
    add column warn_at                 timestamptz,
    add column clock_mark              varchar(10)  not null default 'NONE',
    add column concluded_at            timestamptz,
    add column assignee                varchar(255),
    add column assignee_name           varchar(255);

-- the deadline pass reads only running clocks; the supervision list only overdue ones
create index case_file_running_clock on case_file (warn_at, due_at)
    where clock_mark in ('ON_TIME', 'DUE_SOON') and suspended_at is null;
create index case_file_overdue on case_file (due_at) where clock_mark = 'OVERDUE';
create index case_file_by_assignee on case_file (assignee, opened_at desc) where assignee is not null;

-- The center's in-app notifications (催办 reminders, assignments): to one person, to everyone
-- holding a role here (e.g. the leaders), or to the mediators of a room. Read marks are per person.
create table notification (
    id              uuid          primary key,
    case_id         uuid          not null references case_file (id),
    case_number     varchar(20)   not null,
    kind            varchar(12)   not null,
    detail          varchar(500),
    at              timestamptz   not null,
    recipient       varchar(255),
    recipient_role  varchar(40),
    recipient_room  uuid,
    check (num_nonnulls(recipient, recipient_role, recipient_room) = 1)
);
create index notification_to_person on notification (recipient, at desc) where recipient is not null;
create index notification_to_role on notification (recipient_role, at desc) where recipient_role is not null;
create index notification_to_room on notification (recipient_room, at desc) where recipient_room is not null;

create table notification_read (
    notification_id uuid          not null references notification (id),
    username        varchar(255)  not null,
    read_at         timestamptz   not null,
    primary key (notification_id, username)
);
