-- Case-file numbers run per center and year (e.g. 2026-0001): the last number issued per year.
create table case_number_counter (
    year        integer primary key,
    last_number integer not null check (last_number >= 0)
);
