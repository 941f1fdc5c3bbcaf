package io.atelier.shopfloor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font of every printed page: WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0, shipped in the jar, see
 * {@code fonts/NOTICE.txt}) has Chinese and Latin glyphs with TrueType outlines, which PDFBox can embed as a subset,
 * so a page carries only the glyphs it uses (a job card adds some tens of kilobytes, not the font's 5 MB) and prints
 * the same on a factory PC without Chinese fonts.
 */
final class CjkFont implements AutoCloseable {

	private static final String RESOURCE = "/fonts/wqy-microhei.ttc";

	private static final String NAME = "WenQuanYiMicroHei";

	private static volatile byte[] bytes;

	private final TrueTypeCollection collection;

	private final CmapLookup cmap;

	final PDType0Font font;

	/** Loads the font into the document; it stays open (for subsetting when the document is saved) until closed. */
	CjkFont(PDDocument document) {
		try {
			collection = new TrueTypeCollection(new ByteArrayInputStream(fontBytes()));
			TrueTypeFont ttf = collection.getFontByName(NAME);
			cmap = ttf.getUnicodeCmapLookup();
			font = PDType0Font.load(document, ttf, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text with what the font cannot show (control characters, rare symbols) replaced, so that it never fails. */
	String printable(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			if (Character.isWhitespace(cp)) {
				out.append(' ');
			}
			else if (cmap.getGlyphId(cp) > 0) {
				out.appendCodePoint(cp);
			}
			else {
				out.append('?');
			}
		});
		return out.toString();
	}

	/** The width of the text in points at the size. */
	float width(String text, float size) {
		try {
			return font.getStringWidth(printable(text)) / 1000f * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			collection.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] fontBytes() throws IOException {
		byte[] loaded = bytes;
		if (loaded == null) {
			try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IOException(RESOURCE + " is missing from the class path");
				}
				loaded = in.readAllBytes();
			}
			bytes = loaded;
		}
		return loaded;
	}
}
