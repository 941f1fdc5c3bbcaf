package io.atelier.shared.files;

/** An upload larger than the feature's limit; answered 413 with the limit in MB ({@link FileTooLargeHandler}). */
public class FileTooLargeException extends RuntimeException {

	private final long maxBytes;

	public FileTooLargeException(long maxBytes) {
		super("larger than " + maxBytes + " bytes");
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return maxBytes;
	}

	/** Refuses a file by its announced size, before anyone reads it into memory. */
	public static void check(long size, long maxBytes) {
		if (size > maxBytes) {
			throw new FileTooLargeException(maxBytes);
		}
	}
}
