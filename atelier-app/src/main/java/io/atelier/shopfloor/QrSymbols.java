package io.atelier.shopfloor;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR symbols (ZXing) of the smallest version that holds the text, at error correction level M (15 %: a card that
 * got dirty or creased on the shop floor still scans), one matrix cell per module; the drawing adds the quiet zone.
 */
final class QrSymbols {

	/** The white border scanners need around a symbol, in modules (ISO/IEC 18004). */
	static final int QUIET_ZONE = 4;

	private QrSymbols() {
	}

	static BitMatrix encode(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode " + text, ex);
		}
	}
}
