package io.atelier.catalog.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.atelier.catalog.StepSpecs;
import io.atelier.catalog.StepSpecs.DrawingFile;
import io.atelier.catalog.StepSpecs.DrawingView;
import io.atelier.catalog.StepSpecs.ParameterDefinition;
import io.atelier.catalog.StepSpecs.StepParameters;
import io.atelier.shared.files.FileTooLargeException;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A routing step's process parameters and drawings (its work instructions are the step's {@code instructions}). */
@RestController
@RequestMapping("/api/routings/{routingId}/steps/{stepNo}")
@Tag(name = "Routings", description = "Routings (工艺路线) of made items: steps, machines and precedence")
class StepSpecController {

	private final StepSpecs specs;

	StepSpecController(StepSpecs specs) {
		this.specs = specs;
	}

	record ParametersCommand(List<ParameterDefinition> parameters) {
	}

	@GetMapping("/parameters")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "The process parameters a routing step asks the shop floor to record (404 for an unknown "
			+ "routing or step). Roles: staff.")
	StepParameters parameters(@PathVariable long routingId, @PathVariable int stepNo) {
		return specs.parameters(routingId, stepNo);
	}

	@PutMapping("/parameters")
	@PreAuthorize(Roles.MASTER_DATA_WRITE)
	@Operation(summary = "Replace a routing step's process parameters (code, name, nameEn, unit, min, max, required; "
			+ "at most 50; 422 naming parameters[i].field). Operations released before keep their copy. "
			+ "Roles: ADMIN, PLANNER.")
	StepParameters replace(@PathVariable long routingId, @PathVariable int stepNo,
			@RequestBody ParametersCommand command) {
		return specs.replaceParameters(routingId, stepNo, command.parameters());
	}

	@GetMapping("/drawings")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "The drawings attached to a routing step. Roles: staff.")
	List<DrawingView> drawings(@PathVariable long routingId, @PathVariable int stepNo) {
		return specs.drawings(routingId, stepNo);
	}

	@PostMapping(path = "/drawings", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Roles.MASTER_DATA_WRITE)
	@Operation(summary = "Attach a drawing (part 'file'): PDF, PNG, JPEG, DWG, DXF, STEP or IGES, up to "
			+ "atelier.catalog.drawings.max-size (20 MB; 413 when larger, 422 for another type). Roles: ADMIN, PLANNER.")
	DrawingView upload(@PathVariable long routingId, @PathVariable int stepNo, @RequestPart("file") MultipartFile file)
			throws IOException {
		FileTooLargeException.check(file.getSize(), specs.maxDrawingBytes());
		return specs.addDrawing(routingId, stepNo, file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/drawings/{drawingId}")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Download a step's drawing under its original name. Roles: staff.")
	ResponseEntity<byte[]> download(@PathVariable long routingId, @PathVariable int stepNo,
			@PathVariable long drawingId) {
		return file(specs.downloadDrawing(routingId, stepNo, drawingId));
	}

	@DeleteMapping("/drawings/{drawingId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(Roles.MASTER_DATA_WRITE)
	@Operation(summary = "Remove a drawing from the step; operations released with it still show it. "
			+ "Roles: ADMIN, PLANNER.")
	void remove(@PathVariable long routingId, @PathVariable int stepNo, @PathVariable long drawingId) {
		specs.removeDrawing(routingId, stepNo, drawingId);
	}

	static ResponseEntity<byte[]> file(DrawingFile file) {
		ContentDisposition disposition = ContentDisposition.inline()
			.filename(file.fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}
}
