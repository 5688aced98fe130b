-- Substring search over short codes (a case's ticket or number, "A123" or "调123") cannot use a
-- B-tree: a leading wildcard reads every row. pg_trgm's GIN operator class indexes the trigrams, so
-- a tenant's search reads only the matching rows (issue #14.6 bench: 100,000 cases). Installed once
-- for the database, here, before any tenant migrates; the tenants' indexes name its operator class by
-- schema because their search_path holds their own schema only. pg_trgm is a trusted extension: the
-- database's owner may create it.
create extension if not exists pg_trgm with schema public;
