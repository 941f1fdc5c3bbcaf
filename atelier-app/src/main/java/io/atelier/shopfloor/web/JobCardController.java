package io.atelier.shopfloor.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.web.Roles;
import io.atelier.shopfloor.JobCards;
import io.atelier.shopfloor.JobCards.PaperSize;
import io.atelier.shopfloor.JobCards.Pdf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Job cards, badges and machine labels as PDF, for staff (a customer sees their order's progress, not the shop's
 * papers). {@code lang} is {@code zh-CN} or {@code en}; without it the caller's language (Accept-Language).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Job cards", description = "Printable job cards (流转卡), badges (工牌) and machine labels with QR codes")
class JobCardController {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final JobCards jobCards;

	JobCardController(JobCards jobCards) {
		this.jobCards = jobCards;
	}

	@GetMapping("/work-orders/{id}/traveller.pdf")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "The job card of a work order: size=A4 (default; operations with QR codes, materials, "
			+ "signatures) or LABEL (100 × 150 mm, the work order's QR code). Roles: staff.")
	ResponseEntity<byte[]> traveller(@PathVariable long id, @RequestParam(defaultValue = "A4") PaperSize size,
			@RequestParam(required = false) String lang, Locale requestLocale) {
		return pdf(jobCards.traveller(id, size, language(lang, requestLocale)));
	}

	@GetMapping("/orders/{id}/travellers.pdf")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "The A4 job cards of all work orders of a released order, one after the other (409 before "
			+ "release). Roles: staff.")
	ResponseEntity<byte[]> travellers(@PathVariable long id, @RequestParam(required = false) String lang,
			Locale requestLocale) {
		return pdf(jobCards.travellers(id, language(lang, requestLocale)));
	}

	@GetMapping("/workers/{id}/badge.pdf")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "A worker's badge (54 × 86 mm) with the QR code ATL:WK:<code>. Roles: staff.")
	ResponseEntity<byte[]> badge(@PathVariable long id, @RequestParam(required = false) String lang,
			Locale requestLocale) {
		return pdf(jobCards.badge(id, language(lang, requestLocale)));
	}

	@GetMapping("/machines/{id}/label.pdf")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "A machine's label (100 × 70 mm) with the QR code ATL:MC:<code>. Roles: staff.")
	ResponseEntity<byte[]> machineLabel(@PathVariable long id, @RequestParam(required = false) String lang,
			Locale requestLocale) {
		return pdf(jobCards.machineLabel(id, language(lang, requestLocale)));
	}

	@GetMapping("/work-centers/{id}/qr-labels.pdf")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "The labels of all machines of a work centre, one page each (409 when it has none). "
			+ "Roles: staff.")
	ResponseEntity<byte[]> machineLabels(@PathVariable long id, @RequestParam(required = false) String lang,
			Locale requestLocale) {
		return pdf(jobCards.machineLabels(id, language(lang, requestLocale)));
	}

	/** zh-CN (or zh) and en are printed; anything else is refused naming {@code lang}. */
	static Locale language(String lang, Locale requestLocale) {
		Locale wanted = lang == null || lang.isBlank() ? requestLocale : Locale.forLanguageTag(lang.strip());
		if (wanted != null && "zh".equals(wanted.getLanguage())) {
			return CHINESE;
		}
		if (wanted == null || "en".equals(wanted.getLanguage()) || lang == null || lang.isBlank()) {
			return Locale.ENGLISH;
		}
		throw new RuleViolationException("lang", "shopfloor.lang.unsupported", lang);
	}

	private static ResponseEntity<byte[]> pdf(Pdf pdf) {
		// inline: the browser opens its viewer, from which people print
		ContentDisposition disposition = ContentDisposition.inline().filename(pdf.fileName()).build();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(pdf.content());
	}
}
