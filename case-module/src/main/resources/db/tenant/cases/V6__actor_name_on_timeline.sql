-- Timeline entries name the person as people read it (issue #22.1), beside the username that
-- identifies them. Entries written before keep none: pages show their username.
alter table case_event add column actor_name varchar(255);
