-- The case list's search (ticket or number containing the text, lower-cased as CaseFiles compares):
-- one trigram index per column, combined by a bitmap OR, instead of a scan of every case file
-- (issue #14.6). pg_trgm is installed in public by the platform's migration V9.
create index case_file_ticket_text on case_file using gin (lower(ticket) public.gin_trgm_ops);
create index case_file_number_text on case_file using gin (lower(number) public.gin_trgm_ops);
