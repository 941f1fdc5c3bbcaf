package io.atelier.shopfloor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/**
 * A PDF as a person gets it: its text as a PDF reader extracts it, its pages' sizes, and the QR codes a scanner reads
 * from the page printed at 150 dpi (rendered by PDFBox, decoded by ZXing).
 */
record PrintedPdf(byte[] bytes) {

	private static final float MM = 72f / 25.4f;

	/** Keeps the document in {@code target/job-cards/} for a person to look at. */
	void saveAs(String name) {
		try {
			java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "job-cards"));
			java.nio.file.Files.write(dir.resolve(name + ".pdf"), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String text() {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int pages() {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The page's width and height in millimetres, rounded to tenths. */
	List<Double> sizeInMm(int page) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			PDRectangle box = document.getPage(page).getMediaBox();
			return List.of(Math.round(box.getWidth() / MM * 10) / 10.0, Math.round(box.getHeight() / MM * 10) / 10.0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The texts of all QR codes found on the page printed at the resolution. */
	List<String> qrCodes(int page, int dpi) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.RGB);
			int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
			BinaryBitmap bitmap = new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
			List<String> found = new ArrayList<>();
			for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap,
					java.util.Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))) {
				found.add(result.getText());
			}
			return found;
		}
		catch (NotFoundException ex) {
			return List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
