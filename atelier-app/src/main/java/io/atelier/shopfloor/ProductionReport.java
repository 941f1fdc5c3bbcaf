package io.atelier.shopfloor;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.atelier.orders.OperationReport;

/**
 * One production report (报工) as a phone sent it: its event id, the device and the device's sequence number, the
 * operation, what happened and the quantities, who worked and who sent it. {@link #hash()} fingerprints the canonical
 * payload: a retry with the same event id must carry the same one.
 */
public record ProductionReport(UUID eventId, String deviceId, long deviceSeq, long operationId,
		OperationReport.Kind kind, BigDecimal good, BigDecimal scrap, String scrapReason, BigDecimal rework,
		String pauseReason, Instant occurredAt, String operator, String reportedBy, String overrideReason,
		String parameters, Long machineId) {

	public ProductionReport {
		good = good == null ? BigDecimal.ZERO : good;
		scrap = scrap == null ? BigDecimal.ZERO : scrap;
		rework = rework == null ? BigDecimal.ZERO : rework;
	}

	/** SHA-256 of the fields in a fixed order, decimals without trailing zeros, times in UTC; the machine last, if any. */
	public String hash() {
		String canonical = Stream
			.of(eventId, deviceId, deviceSeq, operationId, kind, plain(good), plain(scrap), scrapReason, plain(rework),
					pauseReason, occurredAt, operator, overrideReason, parameters)
			.map(value -> Objects.toString(value, "\u2400"))
			.collect(Collectors.joining("\u001f"))
				// added later (traceability): only a report naming a machine carries it, so older hashes stay valid
				+ (machineId == null ? "" : "\u001fmachine=" + machineId);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	OperationReport toOperationReport() {
		return new OperationReport(operationId, kind, operator, good, scrap, rework, overrideReason);
	}

	private static String plain(BigDecimal value) {
		return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
	}
}
