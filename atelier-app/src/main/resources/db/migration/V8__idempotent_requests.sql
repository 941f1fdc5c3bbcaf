-- Answers to writes sent with an Idempotency-Key, kept for a day so that a retry gets the first answer again.
create table idempotent_request (
    owner        varchar(100) not null,
    key          varchar(100) not null,
    fingerprint  varchar(64)  not null,
    status       integer,
    content_type varchar(200),
    body         bytea,
    created_at   timestamptz  not null,
    primary key (owner, key)
);
create index idempotent_request_created_ix on idempotent_request (created_at);
