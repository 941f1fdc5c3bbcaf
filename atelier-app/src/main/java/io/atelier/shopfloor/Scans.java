package io.atelier.shopfloor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.factory.Machines;
import io.atelier.orders.OperationReports;
import io.atelier.orders.WorkOrders;
import io.atelier.orders.WorkOrders.WorkOrderInOrder;
import io.atelier.orders.WorkOrders.WorkOrderOperationView;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.workforce.Workers;

/**
 * What a scanned or typed code names: the phone's scanner asks here for every code it reads, so that the code is
 * parsed once ({@link ScanCode}, the same class that prints it) and the thing it names is known to exist before the
 * phone opens a page for it.
 */
@Service
public class Scans {

	/**
	 * A code that names something of this factory.
	 * @param kind {@code OPERATION}, {@code WORK_ORDER}, {@code WORKER} or {@code MACHINE}
	 * @param id its id
	 * @param code the scan code in its printed form, e.g. {@code ATL:OP:1234}
	 * @param label how people call it: number and name, or code and name
	 * @param target the page of the web UI that shows it; {@code null} where the phone has none yet
	 */
	public record Scanned(ScanCode.Kind kind, long id, String code, String label, String target) {
	}

	private final OperationReports operations;

	private final WorkOrders workOrders;

	private final Workers workers;

	private final Machines machines;

	Scans(OperationReports operations, WorkOrders workOrders, Workers workers, Machines machines) {
		this.operations = operations;
		this.workOrders = workOrders;
		this.workers = workers;
		this.machines = machines;
	}

	/**
	 * Resolves a code as scanned or typed (printed or link form, see {@link ScanCode#parse}).
	 * @throws RuleViolationException naming {@code code} when the text is not one of Atelier's codes (422)
	 * @throws NotFoundException when the code is well formed but names nothing here (404)
	 */
	@Transactional(readOnly = true)
	public Scanned resolve(String text) {
		ScanCode code = ScanCode.parse(text)
			.orElseThrow(() -> new RuleViolationException("code", "shopfloor.scan.not-ours", shorten(text)));
		return switch (code.kind()) {
			case OPERATION -> operation(code);
			case WORK_ORDER -> workOrder(code);
			case WORKER -> workers.findByCode(code.value())
				.map(w -> new Scanned(code.kind(), w.id(), code.text(), w.code() + " " + w.name(), null))
				.orElseThrow(() -> new NotFoundException("Worker", code.value()));
			case MACHINE -> machines.findByCode(code.value())
				.map(m -> new Scanned(code.kind(), m.id(), code.text(), m.code() + " " + m.name(), null))
				.orElseThrow(() -> new NotFoundException("Machine", code.value()));
		};
	}

	private Scanned operation(ScanCode code) {
		long id = code.id();
		WorkOrderInOrder found = workOrders.get(operations.progress(id).workOrderId());
		WorkOrderOperationView operation = found.workOrder()
			.operations()
			.stream()
			.filter(op -> op.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Operation", id));
		return new Scanned(code.kind(), id, code.text(), operation.number() + " " + operation.name(),
				"/m/operations/" + id);
	}

	private Scanned workOrder(ScanCode code) {
		WorkOrderInOrder found = workOrders.get(code.id());
		return new Scanned(code.kind(), code.id(), code.text(),
				found.workOrder().number() + " " + found.workOrder().itemCode() + " " + found.workOrder().itemName(),
				"/orders/" + found.orderId() + "?tab=workOrders");
	}

	/** Quoting a foreign QR code back in an error message: only its beginning. */
	private static String shorten(String text) {
		String shown = text == null ? "" : text.strip();
		return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
	}
}
