-- Ticket numbers (A001, A002 …) restart every day in every center: the last number issued per day.
create table ticket_counter (
    day         date    primary key,
    last_number integer not null check (last_number >= 0)
);
