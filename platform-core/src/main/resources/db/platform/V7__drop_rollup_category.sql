-- The statistics label categories by their national code (message bundles) and fold every center's
-- own categories into one line (ADR 0016), so the first writer's name for a code is read nowhere.
-- Keeping it would tell the next reader that one center's label stands for every center's (#13).
drop table platform.rollup_category;
