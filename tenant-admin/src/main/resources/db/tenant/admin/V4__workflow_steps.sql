-- The steps a grade's path requires (issue #15.3, ADR 0028) are rules of the same policy as the time
-- limits: per category x grade x channel, versioned, inherited district -> street -> community and
-- overridable beneath. CONSULT: the district's consultation (提级会诊) before conclusion, within the
-- limit; VISIT: routine visits (走访) on a rhythm while open. Amount 0 switches a step off.
alter table time_limit_rule drop constraint time_limit_rule_milestone_check;
alter table time_limit_rule add constraint time_limit_rule_milestone_check
    check (milestone in ('ACCEPT', 'CONCLUDE', 'CONSULT', 'VISIT'));

-- product.md ("Grades drive the path"): special cases go to the district's consultation before they
-- conclude, within ten working days; community cases are visited every seven days until concluded.
insert into time_limit_rule (id, origin, milestone, category, grade, channel, amount, unit,
                             max_extensions, extension_amount, effective_from, set_by) values
    (gen_random_uuid(), 'DEFAULT', 'CONSULT', '*', 'SPECIAL',   '*', 10, 'WORKING_DAYS',  0, 0,
     timestamptz '2000-01-01 00:00:00+08', 'V4__workflow_steps'),
    (gen_random_uuid(), 'DEFAULT', 'VISIT',   '*', 'COMMUNITY', '*',  7, 'CALENDAR_DAYS', 0, 0,
     timestamptz '2000-01-01 00:00:00+08', 'V4__workflow_steps');
