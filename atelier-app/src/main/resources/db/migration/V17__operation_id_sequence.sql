-- Operations are written many at a time (about 20 for each released order): ids from a sequence that hands out
-- 50 at once let Hibernate insert them in JDBC batches instead of one round trip each (docs/orders.md,
-- "Releasing 1,000 orders"). Hibernate's pooled optimiser takes the value it draws as the top of a block of 50, so the
-- sequence starts 50 above the highest id there is. Only the orders module inserts operations, always through it.
create sequence work_order_operation_seq increment by 50;
select setval('work_order_operation_seq', coalesce((select max(id) from work_order_operation), 0) + 50, false);
