package io.atelier.shopfloor;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The A4 job card (流转卡) of a work order: the header with the order number large and the work order's QR code, the
 * order line's parameter values, the operations (each with its QR code and room for operator, date and signature), the
 * materials, and the signature boxes; page numbers on every page. Continuation pages repeat the numbers and the
 * table header.
 */
final class TravellerLayout {

	static final float MARGIN = 36;

	private static final float BOTTOM = 52;

	private static final float OP_ROW = 58;

	private static final float QR_CELL = 58;

	private static final float[] OP_COLUMNS = { 34, 104, 116, 74, QR_CELL, 50, 45, 0 };

	private static final String[] OP_HEADERS = { "col.step", "col.work-center", "col.operation", "col.planned",
			"col.qr", "col.operator", "col.date", "col.signature" };

	private static final float[] MATERIAL_COLUMNS = { 110, 0, 70, 44, 80 };

	private static final String[] MATERIAL_HEADERS = { "col.item", "col.item-name", "col.quantity", "col.unit",
			"col.issued" };

	private final PdfSheets sheets;

	private final Texts texts;

	private final Traveller card;

	private final LocalDate printedOn;

	private Canvas page;

	private float y;

	private int firstPage;

	private TravellerLayout(PdfSheets sheets, Texts texts, Traveller card, LocalDate printedOn) {
		this.sheets = sheets;
		this.texts = texts;
		this.card = card;
		this.printedOn = printedOn;
	}

	/** Adds the work order's pages to the document. */
	static void draw(PdfSheets sheets, Texts texts, Traveller card, LocalDate printedOn) {
		TravellerLayout layout = new TravellerLayout(sheets, texts, card, printedOn);
		layout.firstPage = sheets.pageCount();
		layout.header();
		layout.parameters();
		layout.operations();
		layout.materials();
		layout.signatures();
		layout.pageNumbers();
	}

	private float contentWidth() {
		return page.width() - 2 * MARGIN;
	}

	private void header() {
		page = sheets.newPage(PDRectangle.A4);
		float qrSide = 80;
		float qrX = page.width() - MARGIN - qrSide;
		page.qr(card.code(), qrX, MARGIN - 6, qrSide);
		page.textCentred(qrX + qrSide / 2, MARGIN + qrSide - 2, 7, card.code().text());
		page.text(MARGIN, MARGIN + 10, 10, texts.get("traveller.title"));
		page.text(MARGIN, MARGIN + 38, 24, card.orderNumber());
		float width = qrX - MARGIN - 12;
		y = MARGIN + 60;
		field("field.work-order", card.workOrderNumber(), width);
		if (card.parentNumber() != null) {
			field("field.made-for", card.parentNumber(), width);
		}
		field("field.item", card.itemCode() + "  " + card.itemName(), width);
		field("field.quantity", TravellerSource.plain(card.quantity()) + " " + card.unit() + "      "
				+ texts.get("field.due-date") + ": " + Texts.date(card.dueDate()), width);
		field("field.customer", card.customer(), width);
		y = Math.max(y, MARGIN + qrSide + 6) + 6;
	}

	private void field(String key, String value, float width) {
		String label = texts.get(key) + ": ";
		float labelWidth = page.font().width(label, 10);
		page.text(MARGIN, y, 10, label);
		y = page.paragraph(MARGIN + labelWidth, y, key.equals("field.item") ? 13 : 11, width - labelWidth, 2, value)
				+ 2;
	}

	private void parameters() {
		if (card.parameters().isEmpty()) {
			return;
		}
		section("section.parameters", 18);
		float column = contentWidth() / 2;
		for (int i = 0; i < card.parameters().size(); i += 2) {
			ensure(14);
			for (int j = i; j < Math.min(i + 2, card.parameters().size()); j++) {
				Traveller.ParameterValue p = card.parameters().get(j);
				float x = MARGIN + (j - i) * column;
				String label = p.name() + ": ";
				float labelWidth = Math.min(page.font().width(label, 9), column / 2);
				page.paragraph(x, y + 10, 9, labelWidth, 1, label);
				page.paragraph(x + labelWidth, y + 10, 10, column - labelWidth - 8, 1, p.value());
			}
			y += 14;
		}
		y += 4;
	}

	private void operations() {
		section("section.operations", 18 + OP_ROW);
		tableHeader(OP_COLUMNS, OP_HEADERS);
		for (Traveller.Step step : card.steps()) {
			if (ensure(OP_ROW)) {
				tableHeader(OP_COLUMNS, OP_HEADERS);
			}
			float[] xs = columnsAt(OP_COLUMNS);
			rowBorders(OP_COLUMNS, OP_ROW);
			page.text(xs[0] + 4, y + 16, 12, Integer.toString(step.stepNo()));
			page.paragraph(xs[1] + 4, y + 12, 9, xs[2] - xs[1] - 8, 2, step.workCenter());
			page.paragraph(xs[1] + 4, y + 38, 8, xs[2] - xs[1] - 8, 2, step.machines());
			page.paragraph(xs[2] + 4, y + 13, 10, xs[3] - xs[2] - 8, 3, step.name());
			page.paragraph(xs[2] + 4, y + OP_ROW - 6, 7, xs[3] - xs[2] - 8, 1, step.number());
			for (int i = 0; i < step.plannedTime().size(); i++) {
				page.paragraph(xs[3] + 4, y + 12 + i * 11, 8, xs[4] - xs[3] - 8, 1, step.plannedTime().get(i));
			}
			page.qr(ScanCode.operation(step.operationId()), xs[4] + 1, y + 1, QR_CELL - 2);
			y += OP_ROW;
		}
		y += 8;
	}

	private void materials() {
		section("section.materials", 18 + 16);
		if (card.materials().isEmpty()) {
			page.text(MARGIN, y + 10, 9, texts.get("materials.none"));
			y += 18;
			return;
		}
		tableHeader(MATERIAL_COLUMNS, MATERIAL_HEADERS);
		for (Traveller.Material m : card.materials()) {
			if (ensure(16)) {
				tableHeader(MATERIAL_COLUMNS, MATERIAL_HEADERS);
			}
			float[] xs = columnsAt(MATERIAL_COLUMNS);
			rowBorders(MATERIAL_COLUMNS, 16);
			page.paragraph(xs[0] + 4, y + 11.5f, 9, xs[1] - xs[0] - 8, 1, m.itemCode());
			page.paragraph(xs[1] + 4, y + 11.5f, 9, xs[2] - xs[1] - 8, 1, m.itemName());
			page.textRight(xs[3] - 4, y + 11.5f, 9, TravellerSource.plain(m.quantity()));
			page.text(xs[3] + 4, y + 11.5f, 9, m.unit());
			y += 16;
		}
		y += 8;
	}

	private void signatures() {
		float height = 50;
		ensure(height + 4);
		String[] boxes = { "sign.issued", "sign.inspected", "sign.completed" };
		float w = (contentWidth() - 2 * 8) / boxes.length;
		for (int i = 0; i < boxes.length; i++) {
			float x = MARGIN + i * (w + 8);
			page.rect(x, y, w, height);
			page.text(x + 5, y + 12, 9, texts.get(boxes[i]));
			page.text(x + 5, y + height - 7, 8, texts.get("col.date") + ":");
		}
		y += height + 4;
	}

	private void section(String key, float keepWithNext) {
		ensure(18 + keepWithNext);
		page.text(MARGIN, y + 12, 11, texts.get(key));
		y += 18;
	}

	private void tableHeader(float[] columns, String[] keys) {
		float[] xs = columnsAt(columns);
		page.shade(MARGIN, y, contentWidth(), 16);
		rowBorders(columns, 16);
		for (int i = 0; i < keys.length; i++) {
			page.paragraph(xs[i] + 3, y + 11, 8, xs[i + 1] - xs[i] - 6, 1, texts.get(keys[i]));
		}
		y += 16;
	}

	private void rowBorders(float[] columns, float height) {
		float[] xs = columnsAt(columns);
		for (int i = 0; i < columns.length; i++) {
			page.rect(xs[i], y, xs[i + 1] - xs[i], height);
		}
	}

	/** The left edges of the columns and the right edge of the table; a width of 0 takes what is left. */
	private float[] columnsAt(float[] widths) {
		float fixed = 0;
		for (float w : widths) {
			fixed += w;
		}
		float[] xs = new float[widths.length + 1];
		xs[0] = MARGIN;
		for (int i = 0; i < widths.length; i++) {
			xs[i + 1] = xs[i] + (widths[i] == 0 ? contentWidth() - fixed : widths[i]);
		}
		return xs;
	}

	/** Starts a continuation page when less than {@code height} is left; true when it did. */
	private boolean ensure(float height) {
		if (y + height <= page.height() - BOTTOM) {
			return false;
		}
		page = sheets.newPage(PDRectangle.A4);
		page.text(MARGIN, MARGIN + 12, 12, card.orderNumber() + "   " + card.workOrderNumber());
		page.textRight(page.width() - MARGIN, MARGIN + 12, 9, texts.get("continued"));
		page.line(MARGIN, MARGIN + 18, page.width() - MARGIN, MARGIN + 18);
		y = MARGIN + 26;
		return true;
	}

	private void pageNumbers() {
		List<Canvas> pages = sheets.reopenFrom(firstPage);
		int count = pages.size();
		for (int i = 0; i < count; i++) {
			Canvas p = pages.get(i);
			float baseline = p.height() - 24;
			p.text(MARGIN, baseline, 8, card.workOrderNumber());
			p.textCentred(p.width() / 2, baseline, 8, texts.get("printed-on", Texts.date(printedOn)));
			p.textRight(p.width() - MARGIN, baseline, 8, texts.get("page", i + 1, count));
		}
	}
}
