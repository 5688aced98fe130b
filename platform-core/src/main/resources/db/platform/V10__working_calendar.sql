-- The working-day calendar (issue #15, ADR 0025). Time limits count working days on the national
-- calendar: the public holidays (放假) and the adjusted working days (调休上班, a worked Saturday or
-- Sunday) of the State Council's yearly notice, plus the local days a district declares for itself
-- and the centers beneath it. The notice changes every year and arrives in December, so the days are
-- rows the platform operator loads, not code shipped in a release. Written by tenant-admin (the
-- operator's and the districts' pages), read by every module through platform-core's WorkingCalendar.

-- Only exceptional days are stored; every other day is a working day from Monday to Friday.
-- scope: 'CN' for the national calendar, or the 6-digit division code of the district whose local day it is.
create table platform.calendar_day (
    scope varchar(12) not null,
    date  date        not null,
    kind  varchar(10) not null check (kind in ('HOLIDAY', 'WORKING')),
    -- the holiday's name; on a worked weekend day, the holiday it makes up for
    name  varchar(20),
    primary key (scope, date),
    check (kind <> 'HOLIDAY' or name is not null),
    -- only a Saturday (6) or Sunday (0) can be worked in exchange
    check (kind <> 'WORKING' or extract(dow from date) in (0, 6))
);

-- The years whose national calendar is loaded. A year absent here counts Monday to Friday, and every
-- answer about it says it is provisional, so the operator page can warn until the notice is loaded.
create table platform.calendar_year (
    year      integer      primary key check (year between 2000 and 2099),
    source    varchar(200) not null,
    loaded_at timestamptz  not null default now(),
    loaded_by varchar(255) not null
);


-- 2025: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）, exactly as published.
insert into platform.calendar_year (year, source, loaded_by) values (2025, '国办发明电〔2024〕12号', 'V10__working_calendar');
insert into platform.calendar_day (scope, date, kind, name) values
    ('CN', date '2025-01-01', 'HOLIDAY', '元旦'),
    ('CN', date '2025-01-26', 'WORKING', '春节'),
    ('CN', date '2025-01-28', 'HOLIDAY', '春节'),
    ('CN', date '2025-01-29', 'HOLIDAY', '春节'),
    ('CN', date '2025-01-30', 'HOLIDAY', '春节'),
    ('CN', date '2025-01-31', 'HOLIDAY', '春节'),
    ('CN', date '2025-02-01', 'HOLIDAY', '春节'),
    ('CN', date '2025-02-02', 'HOLIDAY', '春节'),
    ('CN', date '2025-02-03', 'HOLIDAY', '春节'),
    ('CN', date '2025-02-04', 'HOLIDAY', '春节'),
    ('CN', date '2025-02-08', 'WORKING', '春节'),
    ('CN', date '2025-04-04', 'HOLIDAY', '清明节'),
    ('CN', date '2025-04-05', 'HOLIDAY', '清明节'),
    ('CN', date '2025-04-06', 'HOLIDAY', '清明节'),
    ('CN', date '2025-04-27', 'WORKING', '劳动节'),
    ('CN', date '2025-05-01', 'HOLIDAY', '劳动节'),
    ('CN', date '2025-05-02', 'HOLIDAY', '劳动节'),
    ('CN', date '2025-05-03', 'HOLIDAY', '劳动节'),
    ('CN', date '2025-05-04', 'HOLIDAY', '劳动节'),
    ('CN', date '2025-05-05', 'HOLIDAY', '劳动节'),
    ('CN', date '2025-05-31', 'HOLIDAY', '端午节'),
    ('CN', date '2025-06-01', 'HOLIDAY', '端午节'),
    ('CN', date '2025-06-02', 'HOLIDAY', '端午节'),
    ('CN', date '2025-09-28', 'WORKING', '国庆节、中秋节'),
    ('CN', date '2025-10-01', 'HOLIDAY', '国庆节、中秋节'),
    ('CN', date '2025-10-02', 'HOLIDAY', '国庆节、中秋节'),
    ('CN', date '2025-10-03', 'HOLIDAY', '国庆节、中秋节'),
    ('CN', date '2025-10-04', 'HOLIDAY', '国庆节、中秋节'),
    ('CN', date '2025-10-05', 'HOLIDAY', '国庆节、中秋节'),
    ('CN', date '2025-10-06', 'HOLIDAY', '国庆节、中秋节'),
    ('CN', date '2025-10-07', 'HOLIDAY', '国庆节、中秋节'),
    ('CN', date '2025-10-08', 'HOLIDAY', '国庆节、中秋节'),
    ('CN', date '2025-10-11', 'WORKING', '国庆节、中秋节');

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）, exactly as published.
insert into platform.calendar_year (year, source, loaded_by) values (2026, '国办发明电〔2025〕7号', 'V10__working_calendar');
insert into platform.calendar_day (scope, date, kind, name) values
    ('CN', date '2026-01-01', 'HOLIDAY', '元旦'),
    ('CN', date '2026-01-02', 'HOLIDAY', '元旦'),
    ('CN', date '2026-01-03', 'HOLIDAY', '元旦'),
    ('CN', date '2026-01-04', 'WORKING', '元旦'),
    ('CN', date '2026-02-14', 'WORKING', '春节'),
    ('CN', date '2026-02-15', 'HOLIDAY', '春节'),
    ('CN', date '2026-02-16', 'HOLIDAY', '春节'),
    ('CN', date '2026-02-17', 'HOLIDAY', '春节'),
    ('CN', date '2026-02-18', 'HOLIDAY', '春节'),
    ('CN', date '2026-02-19', 'HOLIDAY', '春节'),
    ('CN', date '2026-02-20', 'HOLIDAY', '春节'),
    ('CN', date '2026-02-21', 'HOLIDAY', '春节'),
    ('CN', date '2026-02-22', 'HOLIDAY', '春节'),
    ('CN', date '2026-02-23', 'HOLIDAY', '春节'),
    ('CN', date '2026-02-28', 'WORKING', '春节'),
    ('CN', date '2026-04-04', 'HOLIDAY', '清明节'),
    ('CN', date '2026-04-05', 'HOLIDAY', '清明节'),
    ('CN', date '2026-04-06', 'HOLIDAY', '清明节'),
    ('CN', date '2026-05-01', 'HOLIDAY', '劳动节'),
    ('CN', date '2026-05-02', 'HOLIDAY', '劳动节'),
    ('CN', date '2026-05-03', 'HOLIDAY', '劳动节'),
    ('CN', date '2026-05-04', 'HOLIDAY', '劳动节'),
    ('CN', date '2026-05-05', 'HOLIDAY', '劳动节'),
    ('CN', date '2026-05-09', 'WORKING', '劳动节'),
    ('CN', date '2026-06-19', 'HOLIDAY', '端午节'),
    ('CN', date '2026-06-20', 'HOLIDAY', '端午节'),
    ('CN', date '2026-06-21', 'HOLIDAY', '端午节'),
    ('CN', date '2026-09-20', 'WORKING', '国庆节'),
    ('CN', date '2026-09-25', 'HOLIDAY', '中秋节'),
    ('CN', date '2026-09-26', 'HOLIDAY', '中秋节'),
    ('CN', date '2026-09-27', 'HOLIDAY', '中秋节'),
    ('CN', date '2026-10-01', 'HOLIDAY', '国庆节'),
    ('CN', date '2026-10-02', 'HOLIDAY', '国庆节'),
    ('CN', date '2026-10-03', 'HOLIDAY', '国庆节'),
    ('CN', date '2026-10-04', 'HOLIDAY', '国庆节'),
    ('CN', date '2026-10-05', 'HOLIDAY', '国庆节'),
    ('CN', date '2026-10-06', 'HOLIDAY', '国庆节'),
    ('CN', date '2026-10-07', 'HOLIDAY', '国庆节'),
    ('CN', date '2026-10-10', 'WORKING', '国庆节');
