-- The registering clerk's name at the time (issue #22.1): the case file's timeline shows people by
-- name, and the clerk who registers is often not the one who dispatches. Null for matters registered
-- before, and for those an integration registered (it has no person's name).
alter table matter add column registered_by_name varchar(255);
