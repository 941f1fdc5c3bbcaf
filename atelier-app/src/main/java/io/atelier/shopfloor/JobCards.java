package io.atelier.shopfloor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import io.atelier.factory.Machines;
import io.atelier.factory.Machines.MachineRef;
import io.atelier.factory.Machines.MachineView;
import io.atelier.factory.WorkCenters;
import io.atelier.factory.WorkCenters.WorkCenterView;
import io.atelier.shared.domain.ConflictException;
import io.atelier.workforce.Workers;
import io.atelier.workforce.Workers.WorkerView;

/**
 * Prints what travels and what is scanned on the shop floor as PDF: job cards (流转卡) of work orders in A4 or label
 * size, workers' badges and machine labels, each with QR codes of {@link ScanCode}s, in Chinese or English.
 */
@Service
public class JobCards {

	/** A4 job card with operations, materials and signatures, or a 100 × 150 mm label with the work order's QR code. */
	public enum PaperSize {
		A4, LABEL
	}

	/** A printed document and the file name to offer it under. */
	public record Pdf(String fileName, byte[] content) {
	}

	private final TravellerSource travellers;

	private final Workers workers;

	private final Machines machines;

	private final WorkCenters workCenters;

	private final MessageSource messages;

	private final Clock clock;

	JobCards(TravellerSource travellers, Workers workers, Machines machines, WorkCenters workCenters,
			MessageSource messages) {
		this.travellers = travellers;
		this.workers = workers;
		this.machines = machines;
		this.workCenters = workCenters;
		this.messages = messages;
		this.clock = Clock.systemDefaultZone();
	}

	/** The job card of a work order (404 when there is none). */
	public Pdf traveller(long workOrderId, PaperSize size, Locale locale) {
		Traveller card = travellers.ofWorkOrder(workOrderId, locale);
		Texts texts = new Texts(messages, locale);
		try (PdfSheets sheets = new PdfSheets(texts.get("traveller.title") + " " + card.workOrderNumber())) {
			if (size == PaperSize.LABEL) {
				LabelLayouts.workOrder(sheets, texts, card);
			}
			else {
				TravellerLayout.draw(sheets, texts, card, LocalDate.now(clock));
			}
			return new Pdf(fileName("traveller-" + card.workOrderNumber()), sheets.toBytes());
		}
	}

	/** One A4 job card per work order of a released order (404 without the order, 409 before it is released). */
	public Pdf travellers(long orderId, Locale locale) {
		List<Traveller> cards = travellers.ofOrder(orderId, locale);
		Texts texts = new Texts(messages, locale);
		String orderNumber = cards.get(0).orderNumber();
		try (PdfSheets sheets = new PdfSheets(texts.get("traveller.title") + " " + orderNumber)) {
			cards.forEach(card -> TravellerLayout.draw(sheets, texts, card, LocalDate.now(clock)));
			return new Pdf(fileName("travellers-" + orderNumber), sheets.toBytes());
		}
	}

	/** A worker's badge with the QR code of their code (404 when there is no such worker). */
	public Pdf badge(long workerId, Locale locale) {
		WorkerView worker = workers.get(workerId);
		Texts texts = new Texts(messages, locale);
		try (PdfSheets sheets = new PdfSheets(texts.get("badge.title") + " " + worker.code())) {
			LabelLayouts.badge(sheets, texts, worker.code(), worker.name(),
					worker.workshopCode() + " " + worker.workshopName());
			return new Pdf(fileName("badge-" + worker.code()), sheets.toBytes());
		}
	}

	/** A machine's QR label (404 when there is no such machine). */
	public Pdf machineLabel(long machineId, Locale locale) {
		MachineView machine = machines.get(machineId);
		Texts texts = new Texts(messages, locale);
		try (PdfSheets sheets = new PdfSheets(texts.get("machine.title") + " " + machine.code())) {
			LabelLayouts.machine(sheets, texts, machine.code(), machine.name(),
					machine.workCenterCode() + " " + machine.workCenterName());
			return new Pdf(fileName("machine-" + machine.code()), sheets.toBytes());
		}
	}

	/** The QR labels of all machines of a work centre, one page each (409 when it has none). */
	public Pdf machineLabels(long workCenterId, Locale locale) {
		WorkCenterView centre = workCenters.get(workCenterId);
		List<MachineRef> all = machines.inWorkCenter(workCenterId);
		if (all.isEmpty()) {
			throw new ConflictException("id", "shopfloor.machine.none", centre.code());
		}
		Texts texts = new Texts(messages, locale);
		try (PdfSheets sheets = new PdfSheets(texts.get("machine.title") + " " + centre.code())) {
			all.forEach(m -> LabelLayouts.machine(sheets, texts, m.code(), m.name(),
					centre.code() + " " + centre.name()));
			return new Pdf(fileName("machines-" + centre.code()), sheets.toBytes());
		}
	}

	/**
	 * A file name safe on every system and in a plain header: the order and work order numbers' slashes, and any
	 * character beyond ASCII letters and digits, become dashes.
	 */
	static String fileName(String base) {
		return base.replaceAll("[^A-Za-z0-9._-]+", "-") + ".pdf";
	}
}
