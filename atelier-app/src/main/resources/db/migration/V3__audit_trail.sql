-- The audit trail is append-only: the application never updates or deletes an entry, and the database refuses to.
create table audit_entry (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(100) not null,
    action       varchar(10)  not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    entity_type  varchar(60)  not null,
    entity_id    bigint,
    entity_label varchar(200),
    reason       varchar(500),
    changes      jsonb        not null default '[]'
);
create index audit_entry_record_ix on audit_entry (entity_type, entity_id, occurred_at desc);
create index audit_entry_time_ix on audit_entry (occurred_at desc);
create index audit_entry_actor_ix on audit_entry (actor, occurred_at desc);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries cannot be changed or removed' using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
