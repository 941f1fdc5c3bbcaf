-- Releasing many orders quickly (docs/orders.md, "Releasing 1,000 orders").

-- 1. Work orders, like operations (V17), take their ids from a sequence handing out 50 at once, so that the work
-- orders of a release are inserted in one JDBC batch. Hibernate's pooled optimiser takes the value it draws as the top
-- of a block of 50, hence the start 50 above the highest id there is.
create sequence work_order_seq increment by 50;
select setval('work_order_seq', coalesce((select max(id) from work_order), 0) + 50, false);

-- 2. The catalog's revision: a number that changes with every committed change to the product structure (items,
-- families, BOMs, routings). The catalog keeps the structure it has read in memory, labelled with the revision it read
-- it under, and reads it again when the revision differs: every application node sees every change, whichever node
-- made it. The number comes from a sequence, so a rolled-back change never gives its number to another change.
create sequence catalog_revision_seq;
create table catalog_revision (
    id       integer primary key check (id = 1),
    revision bigint  not null
);
insert into catalog_revision (id, revision) values (1, nextval('catalog_revision_seq'));

-- The revision is moved on once per transaction, as it commits (a deferred constraint trigger): the revision row is
-- locked only for that instant, after every other lock the transaction takes, so two people editing the catalog at
-- once wait for each other as before and never deadlock on it.
create function catalog_revision_bump() returns trigger language plpgsql as $$
begin
    if current_setting('atelier.catalog_revision_bumped', true) is distinct from 'yes' then
        update catalog_revision set revision = nextval('catalog_revision_seq') where id = 1;
        perform set_config('atelier.catalog_revision_bumped', 'yes', true);
    end if;
    return null;
end;
$$;
create constraint trigger product_family_revision after insert or update or delete on product_family
    deferrable initially deferred for each row execute function catalog_revision_bump();
create constraint trigger item_revision after insert or update or delete on item
    deferrable initially deferred for each row execute function catalog_revision_bump();
create constraint trigger bill_of_materials_revision after insert or update or delete on bill_of_materials
    deferrable initially deferred for each row execute function catalog_revision_bump();
create constraint trigger bom_line_revision after insert or update or delete on bom_line
    deferrable initially deferred for each row execute function catalog_revision_bump();
create constraint trigger routing_revision after insert or update or delete on routing
    deferrable initially deferred for each row execute function catalog_revision_bump();
create constraint trigger routing_step_revision after insert or update or delete on routing_step
    deferrable initially deferred for each row execute function catalog_revision_bump();
create constraint trigger routing_step_predecessor_revision after insert or update or delete on routing_step_predecessor
    deferrable initially deferred for each row execute function catalog_revision_bump();
create constraint trigger routing_step_machine_revision after insert or update or delete on routing_step_machine
    deferrable initially deferred for each row execute function catalog_revision_bump();

-- A transaction that changed the catalog sees its own changes before they commit, and the revision only moves at
-- commit: such a transaction reads the catalog directly, never through (or into) the shared memory. This flag, local
-- to the transaction, tells it so.
create function catalog_revision_touched() returns trigger language plpgsql as $$
begin
    perform set_config('atelier.catalog_touched', 'yes', true);
    return null;
end;
$$;
create trigger product_family_touched after insert or update or delete on product_family
    for each statement execute function catalog_revision_touched();
create trigger item_touched after insert or update or delete on item
    for each statement execute function catalog_revision_touched();
create trigger bill_of_materials_touched after insert or update or delete on bill_of_materials
    for each statement execute function catalog_revision_touched();
create trigger bom_line_touched after insert or update or delete on bom_line
    for each statement execute function catalog_revision_touched();
create trigger routing_touched after insert or update or delete on routing
    for each statement execute function catalog_revision_touched();
create trigger routing_step_touched after insert or update or delete on routing_step
    for each statement execute function catalog_revision_touched();
create trigger routing_step_predecessor_touched after insert or update or delete on routing_step_predecessor
    for each statement execute function catalog_revision_touched();
create trigger routing_step_machine_touched after insert or update or delete on routing_step_machine
    for each statement execute function catalog_revision_touched();
