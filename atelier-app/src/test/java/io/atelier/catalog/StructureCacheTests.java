package io.atelier.catalog;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.atelier.support.AtelierIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog keeps the product structure it has read in memory (StructureCache): every change must still be seen at
 * once, also one made by another application node straight in the database, and nobody may see a change that was
 * rolled back.
 */
@AtelierIntegrationTest
class StructureCacheTests {

	private static final String DESK = "PRD-DESK-1200";

	@Autowired
	Routings routings;

	@Autowired
	Items items;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aChangeCommittedByAnotherNodeIsSeenByTheNextRead() {
		long desk = items.findByCode(DESK).orElseThrow().id();
		BigDecimal before = firstRunMinutes(desk);
		assertThat(firstRunMinutes(desk)).isEqualTo(before); // read twice: now kept in memory

		// another node (or a person with psql) changes the routing in the database, not through this node
		jdbc.sql("""
				update routing_step_machine m set run_minutes_per_unit = run_minutes_per_unit + 1
				  from routing_step s join routing r on r.id = s.routing_id
				 where m.routing_step_id = s.id and r.item_id = :item""").param("item", desk).update();

		assertThat(firstRunMinutes(desk)).isEqualByComparingTo(before.add(BigDecimal.ONE));
		jdbc.sql("""
				update routing_step_machine m set run_minutes_per_unit = run_minutes_per_unit - 1
				  from routing_step s join routing r on r.id = s.routing_id
				 where m.routing_step_id = s.id and r.item_id = :item""").param("item", desk).update();
		assertThat(firstRunMinutes(desk)).isEqualByComparingTo(before);
	}

	@Test
	void aTransactionSeesItsOwnChangeAndNobodySeesItOnceRolledBack() {
		long desk = items.findByCode(DESK).orElseThrow().id();
		String name = items.find(desk).orElseThrow().name();

		String seenInside = transactions.execute(status -> {
			jdbc.sql("update item set name = 'Renamed inside' where id = :id").param("id", desk).update();
			String inside = items.find(desk).orElseThrow().name();
			status.setRollbackOnly();
			return inside;
		});

		assertThat(seenInside).isEqualTo("Renamed inside");
		assertThat(items.find(desk).orElseThrow().name()).isEqualTo(name);
		assertThat(items.findAll(java.util.List.of(desk)).get(desk).name()).isEqualTo(name);
	}

	@Test
	void anItemCreatedAfterItsCodeWasLookedUpInVainIsFound() {
		String code = "CACHE-" + System.nanoTime();
		assertThat(items.findByCode(code)).isEmpty();
		jdbc.sql("""
				insert into item (version, created_at, updated_at, code, name, type, unit, procurement, lead_time_days)
				values (0, now(), now(), :code, 'Cache test', 'PART', 'PCS', 'BUY', 3)""")
			.param("code", code)
			.update();
		assertThat(items.findByCode(code)).isPresent();
	}

	private BigDecimal firstRunMinutes(long item) {
		return routings.findByItem(item).orElseThrow().steps().get(0).machines().get(0).runMinutesPerUnit();
	}
}
