-- Split and merge of order lines and work orders (docs/orders.md, "Split and merge").

-- The last work order sequence given per order: a split or a merge numbers its new work orders after it, so a number
-- is never given twice, even when two planners split work orders of the same order at the same moment (the upsert
-- locks the order's row). Filled on first use from the work orders the release wrote.
create table work_order_numbering (
    order_id bigint  not null primary key references customer_order (id) on delete cascade,
    last_seq integer not null
);

-- What a batch work order was merged from: each source work order (which stays, merged) with its order and quantity,
-- so that every source order sees the batch and its own share of it.
create table work_order_source (
    batch_id          bigint        not null references work_order (id) on delete cascade,
    position          integer       not null,
    source_id         bigint        not null references work_order (id) on delete cascade,
    order_id          bigint        not null references customer_order (id) on delete cascade,
    order_number      varchar(40)   not null,
    work_order_number varchar(60)   not null,
    line_no           integer       not null,
    quantity          numeric(14,4) not null check (quantity > 0),
    primary key (batch_id, position),
    -- a work order is merged into one batch only
    unique (source_id)
);
create index work_order_source_order_ix on work_order_source (order_id);
