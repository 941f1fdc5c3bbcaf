package io.atelier.shared.tabular;

import java.util.Locale;

import org.springframework.http.MediaType;

import io.atelier.shared.domain.RuleViolationException;

/** The two file formats of import and export. */
public enum TabularFormat {

	CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8")),
	XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	private final String extension;

	private final MediaType mediaType;

	TabularFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public MediaType mediaType() {
		return mediaType;
	}

	public static TabularFormat ofParameter(String format) {
		if (format == null || format.isBlank() || format.equalsIgnoreCase("csv")) {
			return CSV;
		}
		if (format.equalsIgnoreCase("xlsx") || format.equalsIgnoreCase("excel")) {
			return XLSX;
		}
		throw new RuleViolationException("format", "import.format");
	}

	public static TabularFormat ofFileName(String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			return CSV;
		}
		if (name.endsWith(".xlsx")) {
			return XLSX;
		}
		throw new RuleViolationException("file", "import.format");
	}
}
