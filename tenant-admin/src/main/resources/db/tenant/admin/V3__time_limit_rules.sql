-- A center's time limits (issue #15.2, ADR 0026): per milestone x category x grade x channel, '*'
-- standing for every category, grade or channel (a value, not null, so the unique index below holds).
-- Rows are versions in time: a change supersedes the row in force (superseded_at) and inserts the new
-- one, effective from the same instant, in one transaction. History is never updated, so the limit a
-- case opened under is the row in force at its opening, whatever changed since (a regrade included).
-- DEFAULT rows are what every center starts from; OWN rows are the center's overrides, which reach
-- every center beneath it (read from this table by its descendants, as categories are).
create table time_limit_rule (
    id                uuid         primary key,
    origin            varchar(10)  not null check (origin in ('DEFAULT', 'OWN')),
    milestone         varchar(10)  not null check (milestone in ('ACCEPT', 'CONCLUDE')),
    category          varchar(40)  not null,
    -- a Grade and a Channel of platform-core, or '*'; checked by the application, not here, so a new
    -- grade or channel needs no migration of every center
    grade             varchar(20)  not null,
    channel           varchar(20)  not null,
    amount            integer      not null check (amount >= 0),
    unit              varchar(20)  not null check (unit in ('WORKING_DAYS', 'WORKING_HOURS', 'CALENDAR_DAYS')),
    -- extensions (延期): how many, each of extension_amount of the same unit
    max_extensions    smallint     not null check (max_extensions between 0 and 3),
    extension_amount  integer      not null check (extension_amount >= 0),
    effective_from    timestamptz  not null,
    superseded_at     timestamptz,
    set_by            varchar(255) not null,
    superseded_by     varchar(255),
    check (superseded_at >= effective_from),
    check ((superseded_at is null) = (superseded_by is null)),
    check ((max_extensions = 0) = (extension_amount = 0))
);

-- One version in force per key and origin: two administrators saving at once cannot both win.
create unique index time_limit_rule_in_force
    on time_limit_rule (origin, milestone, category, grade, channel) where superseded_at is null;

-- The lookup: a key's versions in time (resolve at a case's opening instant).
create index time_limit_rule_by_key on time_limit_rule (milestone, category, grade, channel, effective_from);

-- The defaults of product.md ("Default time limits"), in force since before any case: ordinary
-- matters the same day (by the end of the working day); every other grade within one month, counted
-- in calendar days, extendable once by a month with both parties' consent; petitions accepted or
-- refused within 15 days and concluded within 60 (+30), as the 信访工作条例 counts: calendar days.
insert into time_limit_rule (id, origin, milestone, category, grade, channel, amount, unit,
                             max_extensions, extension_amount, effective_from, set_by) values
    (gen_random_uuid(), 'DEFAULT', 'CONCLUDE', '*', 'ORDINARY', '*',        0, 'WORKING_DAYS',  0,  0,
     timestamptz '2000-01-01 00:00:00+08', 'V3__time_limit_rules'),
    (gen_random_uuid(), 'DEFAULT', 'CONCLUDE', '*', '*',        '*',       30, 'CALENDAR_DAYS', 1, 30,
     timestamptz '2000-01-01 00:00:00+08', 'V3__time_limit_rules'),
    (gen_random_uuid(), 'DEFAULT', 'ACCEPT',   '*', '*',        'PETITION', 15, 'CALENDAR_DAYS', 0,  0,
     timestamptz '2000-01-01 00:00:00+08', 'V3__time_limit_rules'),
    (gen_random_uuid(), 'DEFAULT', 'CONCLUDE', '*', '*',        'PETITION', 60, 'CALENDAR_DAYS', 1, 30,
     timestamptz '2000-01-01 00:00:00+08', 'V3__time_limit_rules');
