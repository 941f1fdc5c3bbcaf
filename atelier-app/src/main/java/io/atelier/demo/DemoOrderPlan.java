package io.atelier.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.atelier.orders.OrderStatus;
import io.atelier.orders.Orders.LineCommand;
import io.atelier.orders.Priority;

/**
 * The demo factory's customer orders, drawn from a fixed seed so that every start gets the same orders: due dates are
 * days from today (about eight weeks back to eight weeks ahead), so the demo never goes stale; the status an order is
 * taken to fits its due date (long-due orders are mostly shipped, next month's mostly draft or confirmed), with some
 * late, on hold and cancelled ones among them. Lines are configured tables and bookshelves with varied values the
 * templates allow, and catalog products.
 */
final class DemoOrderPlan {

	static final int ORDERS = 200;

	private static final long SEED = 20_26_11_22L;

	/** Weighted: the key account orders most. Only active customers (C-ARTGALL is inactive). */
	private static final List<String> CUSTOMERS = List.of("C-HOMELIVING", "C-HOMELIVING", "C-HOMELIVING",
			"C-HOMELIVING", "C-MUJIAN", "C-MUJIAN", "C-NORDIC", "C-NORDIC", "C-SUNHOTEL", "C-SUNHOTEL", "C-GREENOFF",
			"C-GREENOFF", "C-LAKEVILLA", "C-STUDIOK", "C-BAYAPT", "C-OAKTREE", "C-CHENGDU", "C-KIDSROOM");

	private static final List<String> CATALOG = List.of("PRD-BASE-600", "PRD-WALL-600", "PRD-WRD-2D", "PRD-DESK-1200",
			"PRD-BS-800", "PRD-TV-1800");

	private static final List<String> NOTES = List.of("送货前一天请电话联系 Call the day before delivery",
			"样品单，客户来厂验收", "Deliver to site, 3rd floor, no lift", "长途运输，包装加护角",
			"Export: CE label and English assembly instructions in the carton",
			"颜色与上一单保持一致 Match the colour of the previous order", "酒店翻新项目第二期",
			"Customer collects from the factory", "刻字请用楷体", "展厅样品，表面要求高 Showroom sample: flawless surfaces",
			"分两批送货", "Site measured by our fitter; sizes confirmed");

	private static final List<String> HOLD_REASONS = List.of("等待客户确认图纸 Waiting for the customer to approve the drawing",
			"胡桃木贴皮板缺货", "Customer asked to pause: the site is not ready", "预付款未到 Down payment not received",
			"封边机维修，等待配件");

	private static final List<String> CANCEL_REASONS = List.of("客户取消项目 The customer cancelled the project",
			"Duplicate of another order", "尺寸超出可生产范围，客户改订标准品", "客户改选其他供应商");

	private static final List<String> ENGRAVINGS = List.of("家和万事兴", "Est. 2016", "福", "Studio K", "百年好合");

	/** One order to enter and the state to take it to. {@code progress}: share of operations done (in production). */
	record PlannedOrder(String customerCode, int dueInDays, Priority priority, String notes, List<LineCommand> lines,
			OrderStatus status, OrderStatus heldFrom, String reason, double progress) {
	}

	private final Random random = new Random(SEED);

	static List<PlannedOrder> orders() {
		DemoOrderPlan plan = new DemoOrderPlan();
		List<PlannedOrder> orders = new ArrayList<>();
		for (int i = 0; i < ORDERS; i++) {
			orders.add(plan.order());
		}
		return orders;
	}

	private PlannedOrder order() {
		String customer = pick(CUSTOMERS);
		int dueInDays = random.nextInt(-56, 57);
		OrderStatus status = status(dueInDays);
		OrderStatus heldFrom = status == OrderStatus.ON_HOLD ? heldFrom(dueInDays) : null;
		String reason = switch (status) {
			case ON_HOLD -> pick(HOLD_REASONS);
			case CANCELLED -> pick(CANCEL_REASONS);
			default -> null;
		};
		int lineCount = random.nextDouble() < 0.6 ? 1 : random.nextDouble() < 0.7 ? 2 : 3;
		List<LineCommand> lines = new ArrayList<>();
		for (int no = 1; no <= lineCount; no++) {
			lines.add(line(no, customer));
		}
		String notes = random.nextDouble() < 0.45 ? pick(NOTES) : null;
		double progress = 0.15 + random.nextDouble() * 0.7;
		return new PlannedOrder(customer, dueInDays, priority(), notes, lines, status, heldFrom, reason, progress);
	}

	/** Long-due orders are mostly shipped; this fortnight's in production or released; later ones not yet released. */
	private OrderStatus status(int dueInDays) {
		double r = random.nextDouble();
		if (dueInDays < -21) {
			return r < 0.55 ? OrderStatus.SHIPPED : r < 0.72 ? OrderStatus.COMPLETED : r < 0.82 ? OrderStatus.CANCELLED
					: r < 0.92 ? OrderStatus.IN_PRODUCTION : OrderStatus.ON_HOLD;
		}
		if (dueInDays < 0) {
			return r < 0.25 ? OrderStatus.SHIPPED : r < 0.45 ? OrderStatus.COMPLETED
					: r < 0.7 ? OrderStatus.IN_PRODUCTION : r < 0.8 ? OrderStatus.RELEASED
							: r < 0.9 ? OrderStatus.ON_HOLD : OrderStatus.CANCELLED;
		}
		if (dueInDays < 14) {
			return r < 0.35 ? OrderStatus.IN_PRODUCTION : r < 0.62 ? OrderStatus.RELEASED
					: r < 0.77 ? OrderStatus.CONFIRMED : r < 0.85 ? OrderStatus.COMPLETED
							: r < 0.92 ? OrderStatus.ON_HOLD : OrderStatus.DRAFT;
		}
		return r < 0.35 ? OrderStatus.CONFIRMED : r < 0.65 ? OrderStatus.DRAFT : r < 0.83 ? OrderStatus.RELEASED
				: r < 0.9 ? OrderStatus.ON_HOLD : r < 0.95 ? OrderStatus.CANCELLED : OrderStatus.IN_PRODUCTION;
	}

	private OrderStatus heldFrom(int dueInDays) {
		List<OrderStatus> from = dueInDays < 14
				? List.of(OrderStatus.CONFIRMED, OrderStatus.RELEASED, OrderStatus.IN_PRODUCTION)
				: List.of(OrderStatus.DRAFT, OrderStatus.CONFIRMED, OrderStatus.CONFIRMED, OrderStatus.RELEASED);
		return pick(from);
	}

	private Priority priority() {
		double r = random.nextDouble();
		return r < 0.06 ? Priority.RUSH : r < 0.2 ? Priority.HIGH : r < 0.3 ? Priority.LOW : Priority.NORMAL;
	}

	private LineCommand line(int lineNo, String customer) {
		double r = random.nextDouble();
		if (r < 0.4) {
			return table(lineNo, customer);
		}
		if (r < 0.65) {
			return bookshelf(lineNo, customer);
		}
		String item = pick(CATALOG);
		int quantity = item.startsWith("PRD-BASE") || item.startsWith("PRD-WALL") ? random.nextInt(2, 9)
				: random.nextInt(1, 4);
		return new LineCommand(lineNo, null, null, null, item, BigDecimal.valueOf(quantity), null);
	}

	private LineCommand table(int lineNo, String customer) {
		boolean kids = customer.equals("C-KIDSROOM");
		Map<String, String> values = new LinkedHashMap<>();
		values.put("width", Integer.toString(1000 + 100 * random.nextInt(kids ? 5 : 15)));
		values.put("depth", Integer.toString(600 + 50 * random.nextInt(kids ? 5 : 11)));
		values.put("height", pick(kids ? List.of("700") : List.of("720", "740", "740", "750", "760")));
		values.put("material", pick(kids ? List.of("white", "oak") : List.of("walnut", "walnut", "oak", "white")));
		values.put("finish", pick(List.of("lacquer", "lacquer", "oil", "none")));
		values.put("edgeProfile", Boolean.toString(kids || random.nextDouble() < 0.3));
		if (random.nextDouble() < 0.12) {
			values.put("engraving", pick(ENGRAVINGS));
		}
		int quantity = customer.equals("C-SUNHOTEL") ? random.nextInt(4, 13) : random.nextInt(1, 3);
		return new LineCommand(lineNo, "TPL-TABLE", null, values, null, BigDecimal.valueOf(quantity), null);
	}

	private LineCommand bookshelf(int lineNo, String customer) {
		int height = 1000 + 100 * random.nextInt(15);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("width", Integer.toString(600 + 50 * random.nextInt(13)));
		values.put("height", Integer.toString(height));
		values.put("shelves", Integer.toString(Math.clamp(height / 350 + random.nextInt(-1, 2), 2, 8)));
		values.put("material", customer.equals("C-KIDSROOM") ? "white" : pick(List.of("oak", "oak", "white")));
		values.put("back", Boolean.toString(random.nextDouble() < 0.75));
		return new LineCommand(lineNo, "TPL-BOOKSHELF", null, values, null, BigDecimal.valueOf(random.nextInt(1, 4)),
				null);
	}

	private <T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}
}
