package io.atelier.shopfloor;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import com.google.zxing.common.BitMatrix;

/**
 * Draws on one page, measured in points from the page's top left corner (as a layout reads), with the CJK font.
 * Text positions are baselines.
 */
final class Canvas implements AutoCloseable {

	private static final Color RULE = new Color(0.55f, 0.55f, 0.55f);

	private static final Color SHADE = new Color(0.92f, 0.92f, 0.92f);

	private final PDPageContentStream stream;

	private final CjkFont font;

	private final PDRectangle box;

	private boolean closed;

	Canvas(PDPageContentStream stream, CjkFont font, PDRectangle box) {
		this.stream = stream;
		this.font = font;
		this.box = box;
	}

	float width() {
		return box.getWidth();
	}

	float height() {
		return box.getHeight();
	}

	CjkFont font() {
		return font;
	}

	void text(float x, float baseline, float size, String text) {
		String shown = font.printable(text);
		if (shown.isEmpty()) {
			return;
		}
		run(() -> {
			stream.beginText();
			stream.setFont(font.font, size);
			stream.newLineAtOffset(x, height() - baseline);
			stream.showText(shown);
			stream.endText();
		});
	}

	void textRight(float right, float baseline, float size, String text) {
		text(right - font.width(text, size), baseline, size, text);
	}

	void textCentred(float centre, float baseline, float size, String text) {
		text(centre - font.width(text, size) / 2, baseline, size, text);
	}

	/**
	 * Writes the text in lines no wider than {@code width}, at most {@code maxLines} (the last one cut with "…").
	 * @return the baseline after the last line written
	 */
	float paragraph(float x, float baseline, float size, float width, int maxLines, String text) {
		List<String> lines = wrap(text, size, width, maxLines);
		float y = baseline;
		for (String line : lines) {
			text(x, y, size, line);
			y += size * 1.25f;
		}
		return y;
	}

	/** The text broken into lines that fit: between words, or anywhere in a word (Chinese has no spaces). */
	List<String> wrap(String text, float size, float width, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int[] cps = font.printable(text).strip().codePoints().toArray();
		for (int i = 0; i < cps.length; i++) {
			String candidate = line + Character.toString(cps[i]);
			if (font.width(candidate, size) <= width || line.isEmpty()) {
				line.appendCodePoint(cps[i]);
				continue;
			}
			int space = line.lastIndexOf(" ");
			String rest = "";
			if (cps[i] != ' ' && space > 0) {
				rest = line.substring(space + 1);
				line.setLength(space);
			}
			lines.add(line.toString().strip());
			line = new StringBuilder(rest);
			if (cps[i] != ' ') {
				line.appendCodePoint(cps[i]);
			}
		}
		if (!line.toString().isBlank()) {
			lines.add(line.toString().strip());
		}
		if (lines.size() > maxLines) {
			List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
			String last = cut.get(maxLines - 1);
			while (!last.isEmpty() && font.width(last + "…", size) > width) {
				last = last.substring(0, last.length() - 1);
			}
			cut.set(maxLines - 1, last + "…");
			return cut;
		}
		return lines;
	}

	void rect(float x, float top, float w, float h) {
		run(() -> {
			stream.setStrokingColor(RULE);
			stream.setLineWidth(0.6f);
			stream.addRect(x, height() - top - h, w, h);
			stream.stroke();
		});
	}

	void shade(float x, float top, float w, float h) {
		run(() -> {
			stream.setNonStrokingColor(SHADE);
			stream.addRect(x, height() - top - h, w, h);
			stream.fill();
			stream.setNonStrokingColor(Color.BLACK);
		});
	}

	void line(float x1, float y1, float x2, float y2) {
		run(() -> {
			stream.setStrokingColor(RULE);
			stream.setLineWidth(0.6f);
			stream.moveTo(x1, height() - y1);
			stream.lineTo(x2, height() - y2);
			stream.stroke();
		});
	}

	/**
	 * Draws the code's QR symbol in the square at ({@code x}, {@code top}) of side {@code side}, the quiet zone of four
	 * modules that scanners need included: nothing else may be drawn in that square.
	 */
	void qr(ScanCode code, float x, float top, float side) {
		BitMatrix matrix = QrSymbols.encode(code.text());
		int modules = matrix.getWidth();
		float unit = side / (modules + 2f * QrSymbols.QUIET_ZONE);
		float left = x + unit * QrSymbols.QUIET_ZONE;
		float upper = top + unit * QrSymbols.QUIET_ZONE;
		run(() -> {
			stream.setNonStrokingColor(Color.BLACK);
			for (int row = 0; row < modules; row++) {
				int col = 0;
				while (col < modules) {
					if (!matrix.get(col, row)) {
						col++;
						continue;
					}
					int start = col;
					while (col < modules && matrix.get(col, row)) {
						col++;
					}
					// a hair wider than the module, so that neighbouring runs print without seams
					stream.addRect(left + start * unit, height() - upper - (row + 1) * unit - 0.01f,
							(col - start) * unit, unit + 0.02f);
				}
			}
			stream.fill();
		});
	}

	@Override
	public void close() {
		if (!closed) {
			closed = true;
			run(stream::close);
		}
	}

	private void run(Drawing drawing) {
		try {
			drawing.draw();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface Drawing {

		void draw() throws IOException;
	}
}
