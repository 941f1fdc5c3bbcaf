-- Live progress, the supervisor's board and overruns (docs/shopfloor.md, "Live progress", "Supervisor board",
-- "Overruns").

-- planning: the end the current plan gave an operation when it was first seen in progress (the constructed plan pins a
-- running operation at "now", so its end would move with the clock), and each overrun raised, once per planned end.
create table planning_operation_run (
    operation_id bigint      primary key,
    planned_end  timestamptz not null,
    recorded_at  timestamptz not null
);

create table planning_overrun (
    operation_id     bigint      not null,
    planned_end      timestamptz not null,
    operation_number varchar(80) not null,
    work_order_id    bigint      not null,
    order_id         bigint      not null,
    detected_at      timestamptz not null,
    primary key (operation_id, planned_end)
);

-- shopfloor: when each operation was finished (the board's "done today"), written from the orders' OperationFinished.
create table shopfloor_operation_done (
    operation_id bigint      primary key,
    finished_at  timestamptz not null
);
create index shopfloor_operation_done_at_ix on shopfloor_operation_done (finished_at);

-- the board reads the open operations of a workshop's work centres
create index work_order_operation_open_center_ix on work_order_operation (work_center_id)
    where status in ('PENDING', 'READY', 'IN_PROGRESS', 'PAUSED');
