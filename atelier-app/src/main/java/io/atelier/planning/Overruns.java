package io.atelier.planning;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The overruns planning recorded ({@link OperationOverran}), for the boards' late flag. */
@Service
public class Overruns {

	private final JdbcClient jdbc;

	Overruns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Those of these operations that ran past a planned end. */
	@Transactional(readOnly = true)
	public Set<Long> overran(Collection<Long> operationIds) {
		if (operationIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select distinct operation_id from planning_overrun where operation_id in (:ids)")
			.param("ids", operationIds)
			.query(Long.class)
			.list());
	}
}
