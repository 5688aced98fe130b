-- The cross-center read model of the statistics (issue #5, ADR 0011): counters per area, day and
-- breakdown, kept in step with the case files in the same transaction as each case change. An area
-- is a center with everything beneath it; dimension ALL holds the area's totals, OWN what happened
-- in the center itself, CATEGORY/CHANNEL/GRADE the breakdowns. No names, numbers or free text.
create table platform.rollup_count (
    area_code      varchar(12) not null,
    dimension      varchar(10) not null check (dimension in ('ALL', 'OWN', 'CATEGORY', 'CHANNEL', 'GRADE')),
    day            date        not null,
    member         varchar(40) not null,
    received       integer     not null default 0,
    accepted       integer     not null default 0,
    resolved       integer     not null default 0,
    not_resolved   integer     not null default 0,
    on_time        integer     not null default 0,
    overdue        integer     not null default 0,
    escalated_in   integer     not null default 0,
    escalated_out  integer     not null default 0,
    followed_up    integer     not null default 0,
    very_satisfied integer     not null default 0,
    satisfied      integer     not null default 0,
    neutral        integer     not null default 0,
    dissatisfied   integer     not null default 0,
    archived       integer     not null default 0,
    primary key (area_code, dimension, day, member)
);

-- The names categories were received under, for the breakdown's labels (codes are the key).
create table platform.rollup_category (
    code varchar(40) primary key,
    name varchar(60) not null
);
