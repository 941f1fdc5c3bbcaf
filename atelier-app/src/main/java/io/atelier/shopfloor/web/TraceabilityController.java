package io.atelier.shopfloor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.atelier.catalog.StepSpecs;
import io.atelier.orders.OperationTraces;
import io.atelier.orders.OperationTraces.Spec;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.files.FileTooLargeException;
import io.atelier.shared.web.Roles;
import io.atelier.shopfloor.Genealogy;
import io.atelier.shopfloor.MaterialLots;
import io.atelier.shopfloor.MaterialLots.LotCommand;
import io.atelier.shopfloor.MaterialLots.LotView;
import io.atelier.shopfloor.OperationHistory;
import io.atelier.shopfloor.OperationPhotos;
import io.atelier.shopfloor.OperationPhotos.PhotoView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Traceability of operations: their instructions and drawings, photos, lots, history and genealogy. */
@RestController
@RequestMapping("/api/shopfloor")
@Tag(name = "Shop floor", description = "Production reports (报工) applied exactly once, and the exception queue")
class TraceabilityController {

	private static final String PHOTO_WRITERS = "hasAnyRole('ADMIN','SUPERVISOR','OPERATOR','QUALITY')";

	private final OperationTraces operations;

	private final StepSpecs drawings;

	private final OperationPhotos photos;

	private final MaterialLots lots;

	private final OperationHistory history;

	private final Genealogy genealogy;

	TraceabilityController(OperationTraces operations, StepSpecs drawings, OperationPhotos photos, MaterialLots lots,
			OperationHistory history, Genealogy genealogy) {
		this.operations = operations;
		this.drawings = drawings;
		this.photos = photos;
		this.lots = lots;
		this.history = history;
		this.genealogy = genealogy;
	}

	@GetMapping("/operations/{id}/spec")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "An operation's work instructions, process parameters (with limits) and drawings, as its "
			+ "routing step had them at release. Roles: staff.")
	Spec spec(@PathVariable long id) {
		operations.find(id).orElseThrow(() -> new NotFoundException("Operation", id));
		return operations.spec(id);
	}

	@GetMapping("/operations/{id}/drawings/{drawingId}")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Open one of an operation's drawings (404 when it is not the operation's). Roles: staff.")
	ResponseEntity<byte[]> drawing(@PathVariable long id, @PathVariable long drawingId) {
		boolean ours = operations.spec(id).drawings().stream().anyMatch(d -> d.id() == drawingId);
		if (!ours) {
			throw new NotFoundException("Drawing", drawingId);
		}
		StepSpecs.DrawingFile file = drawings.drawing(drawingId);
		return inline(file.fileName(), file.contentType(), file.content());
	}

	@GetMapping("/operations/{id}/photos")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "The photos of an operation. Roles: staff.")
	List<PhotoView> photos(@PathVariable long id) {
		return photos.list(id);
	}

	@PostMapping(path = "/operations/{id}/photos", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(PHOTO_WRITERS)
	@Operation(summary = "Attach a photo (part 'file', JPEG, PNG, WebP or GIF, up to atelier.shopfloor.photos.max-size, "
			+ "10 MB: 413 when larger, 422 for another type), optionally of one report (part or parameter 'eventId'). "
			+ "Roles: ADMIN, SUPERVISOR, OPERATOR, QUALITY.")
	PhotoView upload(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@RequestParam(name = "eventId", required = false) String eventId) throws IOException {
		FileTooLargeException.check(file.getSize(), photos.maxBytes());
		return photos.add(id, eventId(eventId), file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/operations/{id}/photos/{photoId}")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Download a photo of an operation. Roles: staff.")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
		OperationPhotos.PhotoFile file = photos.download(id, photoId);
		return inline(file.fileName(), file.contentType(), file.content());
	}

	@GetMapping("/operations/{id}/lots")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "The material lots an operation consumed. Roles: staff.")
	List<LotView> lots(@PathVariable long id) {
		return lots.ofOperation(id);
	}

	@PostMapping("/operations/{id}/lots")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Roles.SHOP_FLOOR)
	@Operation(summary = "Record a material lot the operation consumed: itemCode, lotNumber, quantity, supplierLot "
			+ "(optional); 422 naming the field. Roles: ADMIN, SUPERVISOR, OPERATOR.")
	LotView record(@PathVariable long id, @RequestBody LotCommand command) {
		return lots.record(id, command);
	}

	@GetMapping("/operations/{id}/history")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Everything recorded of an operation: operators' sessions (start, pauses, end), machine, "
			+ "reports with quantities and parameter values (out-of-limit ones flagged), photos, lots, exceptions. "
			+ "Roles: staff.")
	OperationHistory.History history(@PathVariable long id) {
		return history.of(id);
	}

	@GetMapping("/genealogy")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Genealogy: orderId= backward (work orders, operations, lots consumed) or lot= forward "
			+ "(which operations, work orders and orders consumed the lot); exactly one of them (422 otherwise). "
			+ "Roles: staff.")
	Object genealogy(@RequestParam(required = false) Long orderId, @RequestParam(required = false) String lot) {
		boolean byLot = lot != null && !lot.isBlank();
		if ((orderId == null) == !byLot) {
			throw new RuleViolationException(orderId == null ? "orderId" : "lot", "shopfloor.genealogy.one-of");
		}
		if (byLot && lot.strip().length() > 80) {
			throw new RuleViolationException("lot", "shopfloor.report.too-long", 80);
		}
		return byLot ? genealogy.ofLot(lot.strip()) : genealogy.ofOrder(orderId);
	}

	private static UUID eventId(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("eventId", "validation.malformed-value");
		}
	}

	private static ResponseEntity<byte[]> inline(String fileName, String contentType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}
}
