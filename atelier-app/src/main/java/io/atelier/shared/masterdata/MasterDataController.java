package io.atelier.shared.masterdata;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

import io.atelier.shared.tabular.ImportResult;
import io.atelier.shared.tabular.TabularFormat;
import io.atelier.shared.tabular.TabularMapping;
import io.atelier.shared.tabular.TabularReader;
import io.atelier.shared.tabular.TabularWriter;
import io.atelier.shared.web.PageQuery;
import io.atelier.shared.web.PageResponse;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;

/**
 * The REST endpoints every master-data resource has, following {@code API.md}: a paged, filtered list; read; create;
 * update with the version read; delete with the version read; export and all-or-nothing import as CSV or Excel.
 * Staff read, {@link Roles#MASTER_DATA_WRITE} write.
 */
public abstract class MasterDataController<V, C extends Versioned, F> {

	protected abstract MasterDataService<?, V, C, F> service();

	/** The file name stem of exports, e.g. {@code machines}. */
	protected abstract String exportName();

	@GetMapping
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "List records, paged, with search (q), filters and sort. Roles: staff (not CUSTOMER).")
	public PageResponse<V> list(@ModelAttribute F filter, @RequestParam(required = false) String q,
			@ModelAttribute PageQuery page) {
		return service().list(filter, q, page);
	}

	@GetMapping("/{id}")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Read one record. Roles: staff (not CUSTOMER).")
	public V get(@PathVariable long id) {
		return service().get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Roles.MASTER_DATA_WRITE)
	@Operation(summary = "Create a record. Roles: ADMIN, PLANNER.")
	public V create(@Valid @RequestBody C command) {
		return service().create(command);
	}

	@PutMapping("/{id}")
	@PreAuthorize(Roles.MASTER_DATA_WRITE)
	@Operation(summary = "Update a record; send back the version you read (409 if it changed). Roles: ADMIN, PLANNER.")
	public V update(@PathVariable long id, @Valid @RequestBody C command) {
		return service().update(id, command);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(Roles.MASTER_DATA_WRITE)
	@Operation(summary = "Delete a record that nothing refers to (409 with the reason otherwise). Roles: ADMIN, PLANNER.")
	public void delete(@PathVariable long id, @RequestParam long version) {
		service().delete(id, version);
	}

	@GetMapping("/export")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Export every matching record as CSV or Excel (format=csv|xlsx). Roles: staff (not CUSTOMER).")
	public ResponseEntity<byte[]> export(@ModelAttribute F filter, @RequestParam(required = false) String q,
			@RequestParam(required = false) String format) {
		TabularFormat tabularFormat = TabularFormat.ofParameter(format);
		TabularMapping<V, C> mapping = service().tabular();
		List<List<Object>> rows = service().listAll(filter, q)
			.stream()
			.flatMap(view -> mapping.rowsOf(view).stream())
			.toList();
		byte[] body = TabularWriter.write(tabularFormat, mapping.columns(), rows);
		String fileName = "%s-%s.%s".formatted(exportName(), LocalDate.now(), tabularFormat.extension());
		return ResponseEntity.ok()
			.contentType(tabularFormat.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	@PostMapping(path = "/import", consumes = "multipart/form-data")
	@PreAuthorize(Roles.MASTER_DATA_WRITE)
	@Operation(summary = "Import a CSV or Excel file: creates or updates by business key, all rows or none (422 lists "
			+ "every bad row). Roles: ADMIN, PLANNER.")
	public ImportResult importFile(@RequestPart("file") MultipartFile file) throws IOException {
		TabularFormat format = TabularFormat.ofFileName(file.getOriginalFilename());
		try (InputStream content = file.getInputStream()) {
			return service().importRows(TabularReader.read(content, format));
		}
	}
}
