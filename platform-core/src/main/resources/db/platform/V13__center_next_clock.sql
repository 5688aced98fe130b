-- When each center's next running clock turns yellow or red (issue #15.5): the minute's deadline
-- pass visits only the centers whose instant has come, instead of all 25,000 (bench/README.md).
-- A case change lowers it (least of the old and the case's yellow instant) and bumps version; the
-- pass, after marking a center, sets it to the exact earliest instant left — unless a change came in
-- meanwhile (version moved), whose lower value then stands until the next visit. It may only ever be
-- too early (a needless visit), never too late; a periodic full sweep bounds anything missed.
create table platform.center_next_clock (
    center_code  varchar(12) primary key,
    next_at      timestamptz,
    version      bigint      not null default 0
);
create index center_next_clock_due on platform.center_next_clock (next_at) where next_at is not null;
