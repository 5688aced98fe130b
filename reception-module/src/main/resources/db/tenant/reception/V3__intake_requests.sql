-- Matters pushed in by integrations, by Idempotency-Key: a retry gets the first answer again.
create table intake_request (
    idempotency_key  varchar(100) primary key,
    client           varchar(255) not null,
    request_hash     char(64)     not null,
    matter_id        uuid         not null references matter (id),
    response_status  smallint     not null,
    response_body    text         not null,
    created_at       timestamptz  not null
);
