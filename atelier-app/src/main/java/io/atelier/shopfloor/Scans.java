package io.atelier.shopfloor;

import java.util.regex.Pattern;

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

	/** The shape of work order and operation numbers: {@code SO-2026-0042/WO-03}, {@code SO-2026-0042/WO-03/OP-20}. */
	private static final Pattern PRINTED_NUMBER = Pattern.compile("[\\p{Alnum}-]{1,40}(?:/[\\p{Alnum}-]{1,20}){1,3}");

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
	 * Resolves a code as scanned or typed (printed or link form, see {@link ScanCode#parse}), or the number of an
	 * operation or work order as printed on the job card in words.
	 * @throws RuleViolationException naming {@code code} when the text is not one of Atelier's codes (422)
	 * @throws NotFoundException when the code is well formed but names nothing here (404)
	 */
	@Transactional(readOnly = true)
	public Scanned resolve(String text) {
		ScanCode code = ScanCode.parse(text).orElseGet(() -> printedNumber(text));
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

	/**
	 * A typed number of an operation or work order, as printed under its name on the job card (for a QR code that
	 * cannot be read), as its scan code; 404 for a number of that shape that names nothing, 422 for anything else.
	 */
	private ScanCode printedNumber(String text) {
		String typed = text == null ? "" : text.strip();
		if (!PRINTED_NUMBER.matcher(typed).matches()) {
			throw new RuleViolationException("code", "shopfloor.scan.not-ours", shorten(text));
		}
		return workOrders.findByNumber(typed)
			.map(found -> found.operationId() != null ? ScanCode.operation(found.operationId())
					: ScanCode.workOrder(found.workOrderId()))
			.orElseThrow(() -> new NotFoundException("WorkOrder", typed));
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
