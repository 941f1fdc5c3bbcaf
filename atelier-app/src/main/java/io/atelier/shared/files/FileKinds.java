package io.atelier.shared.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of uploaded file a feature accepts (photos: images only; drawings: images, PDF and CAD files). As for
 * order attachments, the type is decided from the name's extension and must agree with the content's first bytes;
 * the content type the client claims is ignored.
 */
public enum FileKinds {

	IMAGES("jpg", "jpeg", "png", "webp", "gif"),

	DRAWINGS("pdf", "jpg", "jpeg", "png", "dwg", "dxf", "step", "stp", "iges", "igs");

	private record Type(String contentType, byte[] magic, boolean text) {
	}

	private static final byte[] NONE = new byte[0];

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final Map<String, Type> TYPES = Map.ofEntries(
			Map.entry("pdf", new Type("application/pdf", ascii("%PDF"), false)),
			Map.entry("png", new Type("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, false)),
			Map.entry("jpg", new Type("image/jpeg", JPEG, false)), Map.entry("jpeg", new Type("image/jpeg", JPEG, false)),
			Map.entry("gif", new Type("image/gif", ascii("GIF8"), false)),
			Map.entry("webp", new Type("image/webp", ascii("RIFF"), false)),
			Map.entry("dwg", new Type("image/vnd.dwg", ascii("AC10"), false)),
			Map.entry("dxf", new Type("image/vnd.dxf", NONE, true)),
			Map.entry("step", new Type("model/step", NONE, true)), Map.entry("stp", new Type("model/step", NONE, true)),
			Map.entry("iges", new Type("model/iges", NONE, true)), Map.entry("igs", new Type("model/iges", NONE, true)));

	private final String[] extensions;

	FileKinds(String... extensions) {
		this.extensions = extensions;
	}

	/** The extensions accepted, for the error message and the upload dialog. */
	public String allowed() {
		return String.join(", ", extensions);
	}

	/** The content type to store and serve the file as, or empty when this kind does not take such a file. */
	public Optional<String> contentTypeOf(String fileName, byte[] content) {
		int dot = fileName.lastIndexOf('.');
		String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		if (Arrays.stream(extensions).noneMatch(extension::equals)) {
			return Optional.empty();
		}
		Type type = TYPES.get(extension);
		if (!startsWith(content, type.magic()) || type.text() && !looksLikeText(content)) {
			return Optional.empty();
		}
		return Optional.of(type.contentType());
	}

	/** The name a download gets: the last segment of what the client sent, without control characters. */
	public static String sanitisedName(String original, String fallback) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return fallback;
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
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
