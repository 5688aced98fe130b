-- Who took part in a mediation session, picked instead of typed (issue #22.3): a party of the case
-- (shown masked, its name read from case_party), a member of staff (username and name) or someone
-- else (free text, e.g. 社区民警). case_id lets escalation copy the rows with the case. Sessions
-- recorded before keep their typed text in case_session.participants, now also where a new session
-- keeps its other participants (none: null).
alter table case_session alter column participants drop not null;
create table case_session_participant (
    id          uuid          primary key,
    case_id     uuid          not null references case_file (id),
    session_id  uuid          not null references case_session (id),
    position    smallint      not null,
    kind        varchar(8)    not null,
    party_id    uuid          references case_party (id),
    username    varchar(255),
    name        varchar(100)
);
create index case_session_participant_by_session on case_session_participant (session_id);
