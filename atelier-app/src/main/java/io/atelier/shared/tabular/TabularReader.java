package io.atelier.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import io.atelier.shared.domain.RuleViolationException;

/** Reads an uploaded CSV (UTF-8, with or without BOM, header in row 1) or the first sheet of an Excel workbook. */
public final class TabularReader {

	/** More rows than this in one import is almost certainly the wrong file; it is refused rather than half-read. */
	public static final int MAX_ROWS = 50_000;

	private TabularReader() {
	}

	public static List<Row> read(InputStream content, TabularFormat format) {
		try {
			return switch (format) {
				case CSV -> readCsv(content);
				case XLSX -> readXlsx(content);
			};
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolationException rule) {
				throw rule;
			}
			throw new RuleViolationException("file", "import.unreadable");
		}
	}

	private static List<Row> readCsv(InputStream content) throws IOException {
		Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(content).get(), StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = format.parse(reader)) {
			List<String> headers = parser.getHeaderNames();
			for (CSVRecord record : parser) {
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < headers.size() && i < record.size(); i++) {
					values.put(headers.get(i).trim(), record.get(i));
				}
				rows.add(new Row((int) record.getRecordNumber() + 1, values));
				checkSize(rows);
			}
		}
		return rows;
	}

	private static List<Row> readXlsx(InputStream content) throws IOException {
		List<Row> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (Workbook workbook = WorkbookFactory.create(content)) {
			Sheet sheet = workbook.getSheetAt(0);
			org.apache.poi.ss.usermodel.Row header = sheet.getRow(sheet.getFirstRowNum());
			if (header == null) {
				return rows;
			}
			List<String> headers = new ArrayList<>();
			header.forEach(cell -> headers.add(formatter.formatCellValue(cell).trim()));
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (int c = 0; c < headers.size(); c++) {
					Cell cell = row.getCell(c);
					values.put(headers.get(c), cell == null ? null : formatter.formatCellValue(cell));
				}
				if (values.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
					rows.add(new Row(r + 1, values));
					checkSize(rows);
				}
			}
		}
		return rows;
	}

	private static void checkSize(List<Row> rows) {
		if (rows.size() > MAX_ROWS) {
			throw new RuleViolationException("file", "import.too-many-rows", MAX_ROWS);
		}
	}
}
