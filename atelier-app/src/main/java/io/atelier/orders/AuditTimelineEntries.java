package io.atelier.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.atelier.audit.AuditTrail;
import io.atelier.audit.AuditTrail.AuditEntryView;
import io.atelier.audit.AuditTrail.Change;

/**
 * The timeline's entries from the audit trail: the order's own changes (its lines included) and its work orders' (their
 * operations included). A change of {@code status} is the order's (or work order's, or operation's) status event: the
 * life cycle's transitions are recorded there, with the reason, in the transaction that made them.
 */
@Component
class AuditTimelineEntries implements OrderTimelineContributor {

	private static final Pattern OPERATION_STATUS = Pattern.compile("operations\\[(\\d+)]\\.status");

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	AuditTimelineEntries(AuditTrail audit, JdbcClient jdbc) {
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Override
	public List<TimelineEntry> entries(long orderId, Instant before, int limit) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (AuditEntryView entry : audit.entriesOf("CustomerOrder", List.of(orderId), before, limit)) {
			entries.addAll(ofOrder(entry));
		}
		List<Long> workOrders = jdbc.sql("select id from work_order where order_id = :order")
			.param("order", orderId)
			.query(Long.class)
			.list();
		for (AuditEntryView entry : audit.entriesOf("WorkOrder", workOrders, before, limit)) {
			entries.addAll(ofWorkOrder(entry));
		}
		return entries;
	}

	private static List<TimelineEntry> ofOrder(AuditEntryView entry) {
		Map<String, Change> changes = byField(entry);
		return switch (entry.action()) {
			case "CREATE" -> List.of(entry(entry, "order.created", Map.of("orderNumber", label(entry))));
			case "UPDATE" -> {
				Change status = changes.get("status");
				if (status != null) {
					Change reason = changes.get("statusReason");
					String text = reason != null && reason.newValue() != null ? reason.newValue() : entry.reason();
					yield List.of(entry(entry, "order.status", params("from", status.oldValue(), "to",
							status.newValue(), "reason", text)));
				}
				yield List.of(entry(entry, "order.changed", params("fields", fields(changes.keySet()), "reason",
						entry.reason())));
			}
			default -> List.of(entry(entry, "order.deleted", Map.of("orderNumber", label(entry))));
		};
	}

	private static List<TimelineEntry> ofWorkOrder(AuditEntryView entry) {
		String number = label(entry);
		if (entry.action().equals("CREATE")) {
			return List.of(entry(entry, "workOrder.created", Map.of("number", number)));
		}
		List<TimelineEntry> entries = new ArrayList<>();
		Set<String> other = new LinkedHashSet<>();
		for (Change change : entry.changes()) {
			Matcher operation = OPERATION_STATUS.matcher(change.field());
			if (change.field().equals("status")) {
				entries.add(entry(entry, "workOrder.status", params("number", number, "from", change.oldValue(), "to",
						change.newValue())));
			}
			else if (operation.matches()) {
				entries.add(entry(entry, "operation.status", params("number", number + "/OP-" + operation.group(1),
						"from", change.oldValue(), "to", change.newValue())));
			}
			else {
				other.add(change.field());
			}
		}
		if (!other.isEmpty() && entries.isEmpty()) {
			entries.add(entry(entry, "workOrder.changed", params("number", number, "fields", fields(other))));
		}
		return entries;
	}

	private static Map<String, Change> byField(AuditEntryView entry) {
		Map<String, Change> changes = new LinkedHashMap<>();
		entry.changes().forEach(change -> changes.put(change.field(), change));
		return changes;
	}

	/** {@code lines[2].quantity} and {@code lines[2].dueDate} are both "lines[2]" to a reader of the timeline. */
	private static String fields(Set<String> fields) {
		Set<String> names = new LinkedHashSet<>();
		fields.forEach(field -> names.add(field.replaceAll("\\..*$", "")));
		return String.join(", ", names);
	}

	private static String label(AuditEntryView entry) {
		return entry.entityLabel() == null ? String.valueOf(entry.entityId()) : entry.entityLabel();
	}

	private static TimelineEntry entry(AuditEntryView entry, String kind, Map<String, String> params) {
		return new TimelineEntry(entry.occurredAt(), entry.actor(), kind, params);
	}

	/** Key, value, key, value…; null values are left out. */
	static Map<String, String> params(String... keysAndValues) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				params.put(keysAndValues[i], keysAndValues[i + 1]);
			}
		}
		return params;
	}
}
