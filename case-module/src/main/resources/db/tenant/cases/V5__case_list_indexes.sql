-- Paged case lists (#14.6): newest first with a stable tie-break, alone or within one state; the
-- room's list already has case_file_by_room (room_id, opened_at desc).
create index case_file_newest on case_file (opened_at desc, id);
drop index case_file_by_state;
create index case_file_by_state on case_file (state, opened_at desc);
