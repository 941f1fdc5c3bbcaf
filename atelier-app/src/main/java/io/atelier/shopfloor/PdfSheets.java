package io.atelier.shopfloor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A PDF being written: pages of a size, each drawn on through a {@link Canvas} with the embedded CJK font. Closing it
 * releases the font; {@link #toBytes()} saves the document (with font subsets) once all pages are drawn.
 */
final class PdfSheets implements AutoCloseable {

	/** Points per millimetre (72 points to the inch). */
	static final float MM = 72f / 25.4f;

	private final PDDocument document = new PDDocument();

	private final CjkFont font;

	private final List<Canvas> open = new ArrayList<>();

	PdfSheets(String title) {
		font = new CjkFont(document);
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(title);
		info.setCreator("Atelier");
	}

	CjkFont font() {
		return font;
	}

	/** A new page to draw on, closed with the document. */
	Canvas newPage(PDRectangle size) {
		PDPage page = new PDPage(size);
		document.addPage(page);
		return draw(page, AppendMode.OVERWRITE);
	}

	/** The pages from the given index on, to draw on again (e.g. page numbers once their count is known). */
	List<Canvas> reopenFrom(int first) {
		closeCanvases();
		List<Canvas> again = new ArrayList<>();
		for (int i = first; i < document.getNumberOfPages(); i++) {
			again.add(draw(document.getPage(i), AppendMode.APPEND));
		}
		return again;
	}

	int pageCount() {
		return document.getNumberOfPages();
	}

	byte[] toBytes() {
		closeCanvases();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		closeCanvases();
		try {
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			font.close();
		}
	}

	private Canvas draw(PDPage page, AppendMode mode) {
		try {
			Canvas canvas = new Canvas(new PDPageContentStream(document, page, mode, true, true), font,
					page.getMediaBox());
			open.add(canvas);
			return canvas;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void closeCanvases() {
		open.forEach(Canvas::close);
		open.clear();
	}
}
