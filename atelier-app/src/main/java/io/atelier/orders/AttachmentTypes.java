package io.atelier.orders;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files an order may carry: drawings and CAD models, photos, PDFs, office documents and zip archives. The type is
 * decided from the file name's extension and must agree with the content's first bytes (a renamed executable is not a
 * PDF); the content type the client claims is ignored. Text CAD formats (DXF, STEP, IGES) must be text.
 */
final class AttachmentTypes {

	private static final byte[] NONE = new byte[0];

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private record Type(String contentType, byte[] magic, boolean text) {
	}

	private static final Map<String, Type> BY_EXTENSION = Map.ofEntries(
			Map.entry("pdf", new Type("application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII), false)),
			Map.entry("png", new Type("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, false)),
			Map.entry("jpg", new Type("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, false)),
			Map.entry("jpeg", new Type("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, false)),
			Map.entry("gif", new Type("image/gif", "GIF8".getBytes(StandardCharsets.US_ASCII), false)),
			Map.entry("webp", new Type("image/webp", "RIFF".getBytes(StandardCharsets.US_ASCII), false)),
			Map.entry("dwg", new Type("image/vnd.dwg", "AC10".getBytes(StandardCharsets.US_ASCII), false)),
			Map.entry("dxf", new Type("image/vnd.dxf", NONE, true)),
			Map.entry("step", new Type("model/step", NONE, true)), Map.entry("stp", new Type("model/step", NONE, true)),
			Map.entry("iges", new Type("model/iges", NONE, true)), Map.entry("igs", new Type("model/iges", NONE, true)),
			Map.entry("zip", new Type("application/zip", ZIP, false)),
			Map.entry("docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP,
					false)),
			Map.entry("xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP, false)),
			Map.entry("pptx", new Type("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP,
					false)),
			Map.entry("doc", new Type("application/msword", OLE, false)),
			Map.entry("xls", new Type("application/vnd.ms-excel", OLE, false)),
			Map.entry("ppt", new Type("application/vnd.ms-powerpoint", OLE, false)));

	/** The extensions allowed, for the error message and the upload dialog. */
	static final String ALLOWED = String.join(", ", BY_EXTENSION.keySet().stream().sorted().toList());

	private AttachmentTypes() {
	}

	/** The content type to store and serve the file as, or empty when such a file is not accepted. */
	static Optional<String> contentTypeOf(String fileName, byte[] content) {
		int dot = fileName.lastIndexOf('.');
		Type type = dot < 0 ? null : BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
		if (type == null || !startsWith(content, type.magic()) || type.text() && !looksLikeText(content)) {
			return Optional.empty();
		}
		return Optional.of(type.contentType());
	}

	/** The name a download gets: the last segment of what the client sent, without control characters. */
	static String sanitisedName(String original) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return "attachment";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	private static boolean looksLikeText(byte[] content) {
		for (int i = 0; i < Math.min(content.length, 4096); i++) {
			if (content[i] == 0) {
				return false;
			}
		}
		return content.length > 0;
	}
}
