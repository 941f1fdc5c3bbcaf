package io.atelier.orders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

import io.atelier.catalog.StepSpecs;
import io.atelier.catalog.StepSpecs.StepSpec;
import io.atelier.orders.OperationTraces.DrawingRef;
import tools.jackson.databind.json.JsonMapper;

/**
 * Copies each new operation's step spec (work instructions, process parameters, drawings) from the catalog into
 * {@code work_order_operation_spec}, so that later catalog changes do not alter released work (docs/shopfloor.md,
 * "Traceability"). Kept apart from the explosion: one catalog read and one batch insert per release, and nothing for
 * operations whose steps have no spec. Operations that already have a copy keep it.
 */
@Component
class OperationSpecSnapshots {

	private final StepSpecs catalog;

	private final NamedParameterJdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	OperationSpecSnapshots(StepSpecs catalog, NamedParameterJdbcTemplate jdbc) {
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	/** Takes the copy for the operations of these saved (flushed) work orders that have none yet. */
	void take(Collection<WorkOrder> workOrders) {
		if (workOrders.isEmpty()) {
			return;
		}
		Map<Long, Map<Integer, StepSpec>> specs = catalog
			.ofItems(workOrders.stream().map(WorkOrder::getItemId).distinct().toList());
		if (specs.isEmpty()) {
			return;
		}
		List<SqlParameterSource> rows = new ArrayList<>();
		for (WorkOrder workOrder : workOrders) {
			Map<Integer, StepSpec> steps = specs.getOrDefault(workOrder.getItemId(), Map.of());
			for (Operation operation : workOrder.getOperations()) {
				StepSpec spec = steps.get(operation.getStepNo());
				if (spec != null && operation.getId() != null) {
					rows.add(new MapSqlParameterSource().addValue("operation", operation.getId())
						.addValue("instructions", spec.instructions())
						.addValue("parameters", json.writeValueAsString(spec.parameters()))
						.addValue("drawings", json.writeValueAsString(spec.drawings()
							.stream()
							.map(d -> new DrawingRef(d.id(), d.fileName(), d.contentType(), d.sizeBytes()))
							.toList())));
				}
			}
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate("""
					insert into work_order_operation_spec (operation_id, instructions, parameters, drawings)
					values (:operation, :instructions, :parameters, :drawings)
					on conflict (operation_id) do nothing
					""", rows.toArray(SqlParameterSource[]::new));
		}
	}

	/** A work order split or merged from another: its operations keep the copy of the same step of the source. */
	void copy(long fromWorkOrderId, long toWorkOrderId) {
		jdbc.update("""
				insert into work_order_operation_spec (operation_id, instructions, parameters, drawings)
				select target.id, spec.instructions, spec.parameters, spec.drawings
				from work_order_operation target
				join work_order_operation source on source.work_order_id = :from and source.step_no = target.step_no
				join work_order_operation_spec spec on spec.operation_id = source.id
				where target.work_order_id = :to
				on conflict (operation_id) do nothing
				""", new MapSqlParameterSource("from", fromWorkOrderId).addValue("to", toWorkOrderId));
	}
}
