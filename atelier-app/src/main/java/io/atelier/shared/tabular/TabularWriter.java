package io.atelier.shared.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows as CSV (UTF-8 with a BOM so that Excel opens Chinese text correctly) or as an Excel workbook, with the
 * same columns that import reads back.
 */
public final class TabularWriter {

	private TabularWriter() {
	}

	public static byte[] write(TabularFormat format, List<String> columns, List<List<Object>> rows) {
		try {
			return switch (format) {
				case CSV -> csv(columns, rows);
				case XLSX -> xlsx(columns, rows);
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] csv(List<String> columns, List<List<Object>> rows) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			printer.printRecord(columns);
			for (List<Object> row : rows) {
				printer.printRecord(row.stream().map(TabularWriter::text).toList());
			}
		}
		return bytes.toByteArray();
	}

	private static byte[] xlsx(List<String> columns, List<List<Object>> rows) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet("data");
			org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
			for (int c = 0; c < columns.size(); c++) {
				header.createCell(c).setCellValue(columns.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof Number number && !(value instanceof java.math.BigDecimal)) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else {
						row.createCell(c).setCellValue(text(value));
					}
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			workbook.dispose();
			return bytes.toByteArray();
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}
}
