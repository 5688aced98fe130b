-- Open and open-overdue cases of each center (积压 / 超期未办结, issue #15.6), rewritten from the
-- center's case files by every deadline pass: a snapshot, not a tally, so it cannot drift; it is
-- at most one pass old (counted_at says when). Areas sum the centers beneath them.
create table platform.center_backlog (
    center_code  varchar(12) primary key,
    open_cases   integer     not null,
    overdue_open integer     not null,
    counted_at   timestamptz not null
);
