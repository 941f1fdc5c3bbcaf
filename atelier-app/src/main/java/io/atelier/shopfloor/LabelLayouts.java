package io.atelier.shopfloor;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import static io.atelier.shopfloor.PdfSheets.MM;

/**
 * The small formats, one page each, for label printers: the work order label (100 × 150 mm) that goes on the pallet or
 * the parts, the worker's badge (ID-card size, 54 × 86 mm) and the machine label (100 × 70 mm). Each is mostly its QR
 * code, with what a person needs to read without scanning.
 */
final class LabelLayouts {

	static final PDRectangle LABEL = new PDRectangle(100 * MM, 150 * MM);

	static final PDRectangle BADGE = new PDRectangle(54 * MM, 86 * MM);

	static final PDRectangle MACHINE_LABEL = new PDRectangle(100 * MM, 70 * MM);

	private LabelLayouts() {
	}

	static void workOrder(PdfSheets sheets, Texts texts, Traveller card) {
		Canvas page = sheets.newPage(LABEL);
		float m = 5 * MM;
		float width = page.width() - 2 * m;
		page.text(m, m + 8, 8, texts.get("traveller.title"));
		float y = page.paragraph(m, m + 28, 20, width, 2, card.orderNumber());
		y = page.paragraph(m, y, 12, width, 2, card.workOrderNumber()) + 4;
		y = page.paragraph(m, y, 9, width, 1, card.itemCode());
		y = page.paragraph(m, y + 4, 14, width, 3, card.itemName()) + 4;
		page.text(m, y, 9, texts.get("field.quantity") + ":");
		page.text(m + 60, y + 2, 16, TravellerSource.plain(card.quantity()) + " " + card.unit());
		y += 20;
		page.text(m, y, 9, texts.get("field.due-date") + ": " + Texts.date(card.dueDate()));
		float side = Math.min(width, page.height() - y - m - 12);
		page.qr(card.code(), (page.width() - side) / 2, y + 2, side);
		page.textCentred(page.width() / 2, page.height() - m, 8, card.code().text());
	}

	static void badge(PdfSheets sheets, Texts texts, String code, String name, String workshop) {
		Canvas page = sheets.newPage(BADGE);
		float m = 4 * MM;
		float width = page.width() - 2 * m;
		page.rect(1, 1, page.width() - 2, page.height() - 2);
		page.textCentred(page.width() / 2, m + 8, 8, texts.get("badge.title"));
		float y = m + 30;
		for (String line : page.wrap(name, 15, width, 2)) {
			page.textCentred(page.width() / 2, y, 15, line);
			y += 18;
		}
		page.textCentred(page.width() / 2, y, 10, code);
		page.textCentred(page.width() / 2, y + 14, 8, workshop);
		float side = width;
		ScanCode scan = ScanCode.worker(code);
		page.qr(scan, m, page.height() - m - side - 8, side);
		page.textCentred(page.width() / 2, page.height() - m, 6, scan.text());
	}

	static void machine(PdfSheets sheets, Texts texts, String code, String name, String workCenter) {
		Canvas page = sheets.newPage(MACHINE_LABEL);
		float m = 4 * MM;
		float side = 48 * MM;
		ScanCode scan = ScanCode.machine(code);
		page.qr(scan, page.width() - m - side, (page.height() - side) / 2, side);
		float width = page.width() - 2 * m - side;
		page.text(m, m + 8, 8, texts.get("machine.title"));
		float y = page.paragraph(m, m + 26, 15, width, 2, code);
		y = page.paragraph(m, y + 2, 10, width, 4, name);
		page.paragraph(m, y + 4, 8, width, 3, workCenter);
		page.text(m, page.height() - m, 6, scan.text());
	}
}
