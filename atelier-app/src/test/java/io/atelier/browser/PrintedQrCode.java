package io.atelier.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.WriterException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * One QR code cut out of a printed page, as a person holds that part of the job card in front of the camera: the
 * page rendered by PDFBox, the symbol found by ZXing, cut out with a few modules of its white quiet zone.
 */
final class PrintedQrCode {

	/** Of the four modules of quiet zone printed around a symbol, the three that are kept (clear of table lines). */
	private static final int QUIET_MODULES = 3;

	private PrintedQrCode() {
	}

	/** The symbol carrying {@code text} on the first page of the PDF printed at {@code dpi}. */
	static BufferedImage cutOut(byte[] pdf, String text, int dpi) {
		BufferedImage page = render(pdf, dpi);
		ResultPoint[] finders = find(page, text).getResultPoints(); // bottom left, top left, top right
		int modules = dimension(text);
		double moduleSize = distance(finders[1], finders[2]) / (modules - 7);
		double centreX = (finders[0].getX() + finders[2].getX()) / 2;
		double centreY = (finders[0].getY() + finders[2].getY()) / 2;
		int side = (int) Math.round((modules + 2 * QUIET_MODULES) * moduleSize);
		int x = (int) Math.round(centreX - side / 2.0);
		int y = (int) Math.round(centreY - side / 2.0);
		return page.getSubimage(x, y, side, side);
	}

	private static BufferedImage render(byte[] pdf, int dpi) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Result find(BufferedImage page, String text) {
		int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
		try {
			for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap,
					Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))) {
				if (result.getText().equals(text)) {
					return result;
				}
			}
		}
		catch (NotFoundException none) {
			// reported below
		}
		throw new AssertionError("no QR code " + text + " on the printed page");
	}

	/** The symbol's size in modules, as the job card encodes it (level M, the smallest version that fits). */
	private static int dimension(String text) {
		try {
			return Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
				.getVersion()
				.getDimensionForVersion();
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static double distance(ResultPoint a, ResultPoint b) {
		return Math.hypot(a.getX() - b.getX(), a.getY() - b.getY());
	}
}
