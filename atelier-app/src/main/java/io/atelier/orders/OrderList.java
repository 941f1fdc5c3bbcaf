package io.atelier.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.shared.web.PageQuery;
import io.atelier.shared.web.PageResponse;

/**
 * The order list, read with SQL so that it stays fast at 100,000 orders: every filter is a condition one of the
 * indexes of {@code V10__orders.sql} answers, and a page is an ordered index scan that stops after {@code size} rows.
 * A filter that is not set is a condition on a null parameter, which PostgreSQL folds away when it plans the query.
 */
@Component
public class OrderList {

	/** The API's sort fields and the columns they sort by; anything else is refused by {@link PageQuery}. */
	private static final Map<String, String> SORTS = Map.of("dueDate", "due_date", "orderNumber", "upper(order_number)",
			"requestedDate", "requested_date", "promisedDate", "promised_date", "priority", "priority_rank",
			"status", "status", "customerName", "customer_name", "createdAt", "created_at");

	static final String WHERE = """
			where (cast(:statuses as text[]) is null or status = any(cast(:statuses as text[])))
			  and (cast(:customerId as bigint) is null or customer_id = cast(:customerId as bigint))
			  and (cast(:dueFrom as date) is null or due_date >= cast(:dueFrom as date))
			  and (cast(:dueTo as date) is null or due_date <= cast(:dueTo as date))
			  and (not :late or (due_date < :today and status not in ('COMPLETED', 'SHIPPED', 'CANCELLED')))
			  and (not :atRisk or (status not in ('COMPLETED', 'SHIPPED', 'CANCELLED')
			       and (promised_date > requested_date
			            or (due_date <= :horizon and status in ('DRAFT', 'CONFIRMED', 'RELEASED', 'ON_HOLD')))))
			  and (cast(:pattern as text) is null or search_text like cast(:pattern as text))
			""";

	private static final String PAGE = """
			select id, version, order_number, customer_id, customer_code, customer_name, requested_date, promised_date,
			       due_date, priority, status, created_at, updated_at,
			       (select count(*) from order_line l where l.order_id = o.id) as line_count
			  from customer_order o
			""" + WHERE + """
			 order by %s
			 limit :limit offset :offset
			""";

	private static final String COUNT = "select count(*) from customer_order o\n" + WHERE;

	private final JdbcClient jdbc;

	private final OrderUrgency urgency;

	private final OrderVisibility visibility;

	private final OrderRepository orders;

	private final Orders views;

	OrderList(JdbcClient jdbc, OrderUrgency urgency, OrderVisibility visibility, OrderRepository orders,
			Orders views) {
		this.jdbc = jdbc;
		this.urgency = urgency;
		this.visibility = visibility;
		this.orders = orders;
		this.views = views;
	}

	/** The list filters of {@code GET /api/orders}; all optional. */
	public record OrderFilter(List<OrderStatus> status, Long customerId, LocalDate dueFrom, LocalDate dueTo,
			Boolean late, Boolean atRisk) {
	}

	public record OrderSummary(long id, long version, String orderNumber, long customerId, String customerCode,
			String customerName, LocalDate requestedDate, LocalDate promisedDate, LocalDate dueDate, Priority priority,
			boolean rush, OrderStatus status, int lineCount, boolean late, boolean atRisk, Instant createdAt,
			Instant updatedAt) {
	}

	@Transactional(readOnly = true)
	public PageResponse<OrderSummary> list(OrderFilter filter, String q, PageQuery page) {
		Pageable pageable = page.toPageable(SORTS.keySet(), Sort.by("dueDate"));
		Map<String, Object> parameters = parameters(filter, q, LocalDate.now());
		long total = jdbc.sql(COUNT).params(parameters).query(Long.class).single();
		List<OrderSummary> items = jdbc.sql(pageSql(pageable.getSort()))
			.params(parameters)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> summary(rs))
			.list();
		return new PageResponse<>(items, pageable.getPageNumber(), pageable.getPageSize(), total);
	}

	public static List<String> exportColumns() {
		return OrderTabular.columns();
	}

	/** Every matching order, in list order, one row per line in the import layout. */
	@Transactional(readOnly = true)
	public List<List<Object>> exportRows(OrderFilter filter, String q) {
		List<Long> ids = jdbc.sql("select id from customer_order o\n" + WHERE + " order by due_date, id")
			.params(parameters(filter, q, LocalDate.now()))
			.query(Long.class)
			.list();
		Map<Long, CustomerOrder> byId = new java.util.HashMap<>();
		orders.findAllById(ids).forEach(order -> byId.put(order.getId(), order));
		return ids.stream()
			.map(byId::get)
			.flatMap(order -> OrderTabular.rowsOf(views.toView(order)).stream())
			.toList();
	}

	Map<String, Object> parameters(OrderFilter filter, String q, LocalDate today) {
		OrderFilter f = filter == null ? new OrderFilter(null, null, null, null, null, null) : filter;
		Long customer = visibility.restrictedToCustomer().orElse(f.customerId());
		if (f.customerId() != null && !f.customerId().equals(customer)) {
			customer = -1L; // a customer user asking for another customer's orders sees none
		}
		var parameters = new java.util.HashMap<String, Object>();
		parameters.put("statuses", f.status() == null || f.status().isEmpty() ? null
				: f.status().stream().map(Enum::name).toArray(String[]::new));
		parameters.put("customerId", customer);
		parameters.put("dueFrom", f.dueFrom());
		parameters.put("dueTo", f.dueTo());
		parameters.put("late", Boolean.TRUE.equals(f.late()));
		parameters.put("atRisk", Boolean.TRUE.equals(f.atRisk()));
		parameters.put("today", today);
		parameters.put("horizon", urgency.atRiskHorizon(today));
		parameters.put("pattern", q == null || q.isBlank() ? null : "%" + escapeLike(q.trim().toLowerCase()) + "%");
		return parameters;
	}

	static String pageSql(Sort sort) {
		return PAGE.formatted(orderBy(sort));
	}

	static String countSql() {
		return COUNT;
	}

	private static String orderBy(Sort sort) {
		StringBuilder clause = new StringBuilder();
		for (Sort.Order order : sort) {
			String column = order.getProperty().equals("id") ? "id" : SORTS.get(order.getProperty());
			clause.append(clause.isEmpty() ? "" : ", ").append(column).append(order.isDescending() ? " desc" : " asc");
		}
		return sort.getOrderFor("id") == null ? clause + ", id" : clause.toString();
	}

	private OrderSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
		LocalDate today = LocalDate.now();
		OrderStatus status = OrderStatus.valueOf(rs.getString("status"));
		Priority priority = Priority.valueOf(rs.getString("priority"));
		LocalDate requested = rs.getObject("requested_date", LocalDate.class);
		LocalDate promised = rs.getObject("promised_date", LocalDate.class);
		LocalDate due = rs.getObject("due_date", LocalDate.class);
		return new OrderSummary(rs.getLong("id"), rs.getLong("version"), rs.getString("order_number"),
				rs.getLong("customer_id"), rs.getString("customer_code"), rs.getString("customer_name"), requested,
				promised, due, priority, priority.isRush(), status, rs.getInt("line_count"),
				urgency.isLate(status, due, today), urgency.isAtRisk(status, requested, promised, today),
				rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", java.time.OffsetDateTime.class).toInstant());
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
