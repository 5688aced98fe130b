-- Each timeline entry remembers the case's grade at that moment, so the statistics can be
-- recomputed from the case file exactly as they were counted (a case may be regraded later).
alter table case_event add column grade varchar(12);
update case_event e set grade = c.grade from case_file c where c.id = e.case_id;
