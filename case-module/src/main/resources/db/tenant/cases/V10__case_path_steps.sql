-- The steps a case's path requires besides its time limit (issue #15.3, ADR 0028), kept from the
-- rules in force when it opened (as its time limit is): the district's consultation (CONSULT, 提级会诊)
-- before a special case concludes; routine visits (VISIT, 走访) of a community case on a rhythm.
-- due_at: by when the step is due (the next visit's for VISIT); done_at/done_by/detail: the last time
-- it was done, by whom, what was said (the district's opinion, the visit's note).
create table case_requirement (
    case_id         uuid          not null references case_file (id),
    kind            varchar(12)   not null check (kind in ('CONSULT', 'VISIT')),
    amount          integer       not null check (amount > 0),
    unit            varchar(16)   not null,
    set_in          varchar(12),
    effective_from  timestamptz   not null,
    due_at          timestamptz   not null,
    requested_at    timestamptz,
    asked_of        varchar(12),
    done_at         timestamptz,
    done_by         varchar(255),
    done_by_name    varchar(255),
    detail          varchar(2000),
    primary key (case_id, kind)
);

-- Consultations asked of this center (a district) by the centers beneath it: what the district's
-- staff see of the case (no parties), the question, and the opinion they record. The opinion is also
-- written into the asking center's case file, in the same transaction.
create table consultation (
    id               uuid          primary key,
    case_id          uuid          not null,
    from_center      varchar(12)   not null,
    case_number      varchar(20)   not null,
    category_name    varchar(60)   not null,
    grade            varchar(20)   not null,
    description      varchar(4000) not null,
    question         varchar(2000) not null,
    requested_at     timestamptz   not null,
    requested_by     varchar(255)  not null,
    requested_by_name varchar(255),
    opinion          varchar(4000),
    answered_at      timestamptz,
    answered_by      varchar(255),
    answered_by_name varchar(255),
    version          bigint        not null default 0,
    check ((opinion is null) = (answered_at is null))
);
create index consultation_open on consultation (requested_at) where answered_at is null;
create index consultation_by_time on consultation (requested_at desc);
create unique index consultation_one_open_per_case on consultation (case_id) where answered_at is null;
