-- Web sessions, shared by every app node (Spring Session JDBC).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

-- The transactional outbox of domain events between modules (Spring Modulith event publication registry).
create table event_publication (
    id                     uuid         primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text         not null,
    publication_date       timestamptz  not null,
    completion_date        timestamptz,
    status                 varchar(20),
    completion_attempts    integer      not null default 0,
    last_resubmission_date timestamptz
);
create index event_publication_incomplete_ix on event_publication (publication_date) where completion_date is null;

create table event_publication_archive (
    id                     uuid         primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text         not null,
    publication_date       timestamptz  not null,
    completion_date        timestamptz,
    status                 varchar(20),
    completion_attempts    integer      not null default 0,
    last_resubmission_date timestamptz
);
