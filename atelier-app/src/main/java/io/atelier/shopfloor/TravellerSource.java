package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.configurator.ParameterDefinition;
import io.atelier.configurator.ParameterKind;
import io.atelier.configurator.ProductTemplates;
import io.atelier.factory.Machines;
import io.atelier.factory.WorkCenters;
import io.atelier.orders.Orders;
import io.atelier.orders.Orders.LineView;
import io.atelier.orders.Orders.OrderView;
import io.atelier.orders.WorkOrders;
import io.atelier.orders.WorkOrders.WorkOrderInOrder;
import io.atelier.orders.WorkOrders.WorkOrderOperationView;
import io.atelier.orders.WorkOrders.WorkOrderView;
import io.atelier.shared.domain.ConflictException;

/** Gathers what job cards print through the public APIs of orders, configurator and factory. */
@Component
class TravellerSource {

	private final Orders orders;

	private final WorkOrders workOrders;

	private final ProductTemplates templates;

	private final WorkCenters workCenters;

	private final Machines machines;

	private final MessageSource messages;

	TravellerSource(Orders orders, WorkOrders workOrders, ProductTemplates templates, WorkCenters workCenters,
			Machines machines, MessageSource messages) {
		this.orders = orders;
		this.workOrders = workOrders;
		this.templates = templates;
		this.workCenters = workCenters;
		this.machines = machines;
		this.messages = messages;
	}

	/** The job card of one work order (404 when there is none). */
	@Transactional(readOnly = true)
	Traveller ofWorkOrder(long workOrderId, Locale locale) {
		WorkOrderInOrder found = workOrders.get(workOrderId);
		return new Assembly(orders.get(found.orderId()), locale).traveller(found.workOrder());
	}

	/** The job cards of all work orders of a released order (404 when there is no such order, 409 before release). */
	@Transactional(readOnly = true)
	List<Traveller> ofOrder(long orderId, Locale locale) {
		OrderView order = orders.get(orderId);
		List<WorkOrderView> all = workOrders.ofOrder(orderId);
		if (all.isEmpty()) {
			throw new ConflictException("id", "shopfloor.traveller.not-released", order.orderNumber());
		}
		Assembly assembly = new Assembly(order, locale);
		return all.stream().map(assembly::traveller).toList();
	}

	/** One order's job cards, with the names of work centres and machines looked up once each. */
	private final class Assembly {

		private final OrderView order;

		private final Locale locale;

		private final Map<Long, String> centres = new HashMap<>();

		private final Map<Long, String> machineCodes = new HashMap<>();

		Assembly(OrderView order, Locale locale) {
			this.order = order;
			this.locale = locale;
		}

		Traveller traveller(WorkOrderView wo) {
			List<Traveller.Material> materials = wo.materials()
				.stream()
				.map(m -> new Traveller.Material(m.itemCode(), m.itemName(), m.quantity(), m.unit()))
				.toList();
			return new Traveller(order.orderNumber(), order.customerCode() + " " + order.customerName(), wo.id(),
					wo.number(), wo.parentNumber(), wo.itemCode(), wo.itemName(), wo.quantity(), wo.unit(),
					wo.dueDate(), parameters(wo.lineNo()), wo.operations().stream().map(this::step).toList(), materials);
		}

		private Traveller.Step step(WorkOrderOperationView op) {
			String centre = op.workCenterId() == null ? ""
					: centres.computeIfAbsent(op.workCenterId(),
							id -> workCenters.find(id).map(wc -> wc.code() + " " + wc.name()).orElse(""));
			String machineList = String.join(", ",
					op.machines().stream().map(m -> machineCode(m.machineId())).toList());
			List<String> planned = op.machines().isEmpty() ? List.of()
					: List.of(text("shopfloor.traveller.setup-minutes", String.valueOf(op.machines().get(0).setupMinutes())),
							text("shopfloor.traveller.run-minutes", plain(op.machines().get(0).runMinutes())));
			return new Traveller.Step(op.id(), op.number(), op.stepNo(), op.name(), centre, machineList, planned);
		}

		private String machineCode(long id) {
			return machineCodes.computeIfAbsent(id, key -> machines.find(key).map(m -> m.code()).orElse("#" + key));
		}

		private List<Traveller.ParameterValue> parameters(int lineNo) {
			Optional<LineView> line = order.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst();
			if (line.isEmpty() || line.get().templateCode() == null || line.get().templateVersion() == null) {
				return List.of();
			}
			Map<String, String> values = line.get().parameters();
			return templates.parametersOf(line.get().templateCode(), line.get().templateVersion())
				.stream()
				.filter(p -> values.get(p.code()) != null && !values.get(p.code()).isBlank())
				.map(p -> new Traveller.ParameterValue(p.name(), shown(p, values.get(p.code()))))
				.toList();
		}

		private String shown(ParameterDefinition parameter, String value) {
			if (parameter.kind() == ParameterKind.CHOICE) {
				return parameter.options()
					.stream()
					.filter(o -> o.code().equals(value))
					.map(ParameterDefinition.Option::name)
					.findFirst()
					.orElse(value);
			}
			if (parameter.kind() == ParameterKind.YES_NO) {
				return text(Boolean.parseBoolean(value) ? "shopfloor.yes" : "shopfloor.no");
			}
			if (parameter.kind() == ParameterKind.NUMBER && parameter.unit() != null && !parameter.unit().isBlank()) {
				return value + " " + parameter.unit();
			}
			return value;
		}

		private String text(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}
	}

	static String plain(BigDecimal number) {
		return number == null ? "" : number.stripTrailingZeros().toPlainString();
	}
}
