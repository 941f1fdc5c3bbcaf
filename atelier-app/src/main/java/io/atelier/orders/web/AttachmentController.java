package io.atelier.orders.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.atelier.orders.Attachments;
import io.atelier.orders.Attachments.AttachmentFile;
import io.atelier.orders.Attachments.AttachmentView;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/orders/{orderId}/attachments")
@Tag(name = "Orders", description = "Customer orders (订单), their lines and life cycle")
class AttachmentController {

	private final Attachments attachments;

	private final MessageSource messages;

	AttachmentController(Attachments attachments, MessageSource messages) {
		this.attachments = attachments;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(Roles.AUTHENTICATED)
	@Operation(summary = "List an order's attachments (404 if the order is not yours). Roles: everyone; a customer only "
			+ "their own orders'.")
	List<AttachmentView> list(@PathVariable long orderId) {
		return attachments.list(orderId);
	}

	@PostMapping(consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Roles.ORDER_FILES_WRITE)
	@Operation(summary = "Attach a file (part 'file'): PDF, image, DWG/DXF/STEP/IGES, zip or office document, up to "
			+ "atelier.orders.attachments.max-size (25 MB; 413 when larger, 422 for another type). "
			+ "Roles: ADMIN, PLANNER, SUPERVISOR, QUALITY.")
	AttachmentView upload(@PathVariable long orderId, @RequestPart("file") MultipartFile file) throws IOException {
		attachments.checkSize(file.getSize());
		return attachments.add(orderId, file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/{attachmentId}")
	@PreAuthorize(Roles.AUTHENTICATED)
	@Operation(summary = "Download an attachment under its original name (404 if the order is not yours). Roles: "
			+ "everyone; a customer only their own orders'.")
	ResponseEntity<byte[]> download(@PathVariable long orderId, @PathVariable long attachmentId) {
		AttachmentFile file = attachments.download(orderId, attachmentId);
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(file.fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(file.content());
	}

	@DeleteMapping("/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(Roles.ORDER_FILES_WRITE)
	@Operation(summary = "Remove an attachment. Roles: ADMIN, PLANNER, SUPERVISOR, QUALITY.")
	void delete(@PathVariable long orderId, @PathVariable long attachmentId) {
		attachments.delete(orderId, attachmentId);
	}

	@ExceptionHandler(Attachments.TooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(Attachments.TooLarge ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE);
		problem.setType(URI.create("https://atelier.io/problems/too-large"));
		problem.setTitle(text("problem.too-large.title"));
		problem.setDetail(text("orders.attachment.too-large", ex.maxBytes() / (1024 * 1024)));
		problem.setProperty("errors", List.of());
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
