-- Every reveal of a party's personal data: who, whose, which field, when and why. Append-only: the
-- trigger refuses changes and deletions, so the record cannot be altered unnoticed.
create table personal_data_reveal (
    id        bigserial     primary key,
    case_id   uuid          not null,
    party_id  uuid,
    field     varchar(16)   not null,
    reason    varchar(200)  not null,
    actor     varchar(255)  not null,
    at        timestamptz   not null
);
create index personal_data_reveal_by_case on personal_data_reveal (case_id, at);

create function refuse_reveal_change() returns trigger language plpgsql as $$
begin
    raise exception 'personal data reveals are append-only';
end;
$$;

create trigger personal_data_reveal_append_only
    before update or delete on personal_data_reveal
    for each row execute function refuse_reveal_change();
