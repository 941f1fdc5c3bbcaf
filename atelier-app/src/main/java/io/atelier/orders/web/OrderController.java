package io.atelier.orders.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.atelier.orders.OrderImport;
import io.atelier.orders.OrderList;
import io.atelier.orders.OrderList.OrderFilter;
import io.atelier.orders.OrderList.OrderSummary;
import io.atelier.orders.Orders;
import io.atelier.orders.Orders.OrderCommand;
import io.atelier.orders.Orders.OrderView;
import io.atelier.orders.Orders.TransitionCommand;
import io.atelier.shared.tabular.ImportResult;
import io.atelier.shared.tabular.TabularFormat;
import io.atelier.shared.tabular.TabularReader;
import io.atelier.shared.tabular.TabularWriter;
import io.atelier.shared.web.PageQuery;
import io.atelier.shared.web.PageResponse;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders", description = "Customer orders (订单), their lines and life cycle")
class OrderController {

	private final Orders orders;

	private final OrderList list;

	private final OrderImport imports;

	OrderController(Orders orders, OrderList list, OrderImport imports) {
		this.orders = orders;
		this.list = list;
		this.imports = imports;
	}

	@GetMapping
	@PreAuthorize(Roles.AUTHENTICATED)
	@Operation(summary = "List orders, paged: filters status (repeatable), customerId, dueFrom/dueTo (due date: promised, "
			+ "else requested), late, atRisk, q (order number, customer, notes); sort dueDate, orderNumber, requestedDate, "
			+ "promisedDate, priority, status, customerName, createdAt. Roles: everyone; a customer sees only their own.")
	PageResponse<OrderSummary> list(@ModelAttribute OrderFilter filter, @RequestParam(required = false) String q,
			@ModelAttribute PageQuery page) {
		return list.list(filter, q, page);
	}

	@GetMapping("/{id}")
	@PreAuthorize(Roles.AUTHENTICATED)
	@Operation(summary = "Read an order with its lines and the status actions it allows now (404 if not yours). "
			+ "Roles: everyone; a customer only their own.")
	OrderView get(@PathVariable long id) {
		return orders.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Enter a draft order (422 naming lines[i].parameters.<code> for a bad parameter value; 409 for "
			+ "an order number in use). Accepts Idempotency-Key. Roles: ADMIN, PLANNER.")
	OrderView create(@Valid @RequestBody OrderCommand command) {
		return orders.create(command);
	}

	@PutMapping("/{id}")
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Change a draft or confirmed order; send back the version read (409 if stale, 409 once "
			+ "released: that takes a change request). Roles: ADMIN, PLANNER.")
	OrderView update(@PathVariable long id, @Valid @RequestBody OrderCommand command) {
		return orders.update(id, command);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Delete a draft order (409 otherwise: cancel it instead). Roles: ADMIN, PLANNER.")
	void delete(@PathVariable long id, @RequestParam long version) {
		orders.delete(id, version);
	}

	@PostMapping("/{id}/confirm")
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Confirm a draft order (409 with the reason if not a draft). Roles: ADMIN, PLANNER.")
	OrderView confirm(@PathVariable long id, @Valid @RequestBody TransitionCommand command) {
		return orders.confirm(id, command);
	}

	@PostMapping("/{id}/release")
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Release a confirmed order to production (409 otherwise) and explode it into work orders with "
			+ "their operations and material requirements, all or nothing (422 naming the line when an item cannot "
			+ "be exploded). Roles: ADMIN, PLANNER.")
	OrderView release(@PathVariable long id, @Valid @RequestBody TransitionCommand command) {
		return orders.release(id, command);
	}

	@PostMapping("/{id}/start-production")
	@PreAuthorize(Roles.ORDERS_PROGRESS)
	@Operation(summary = "Record that production of a released order started (409 otherwise). "
			+ "Roles: ADMIN, PLANNER, SUPERVISOR.")
	OrderView startProduction(@PathVariable long id, @Valid @RequestBody TransitionCommand command) {
		return orders.startProduction(id, command);
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize(Roles.ORDERS_PROGRESS)
	@Operation(summary = "Record that an order in production is completed (409 otherwise). "
			+ "Roles: ADMIN, PLANNER, SUPERVISOR.")
	OrderView complete(@PathVariable long id, @Valid @RequestBody TransitionCommand command) {
		return orders.complete(id, command);
	}

	@PostMapping("/{id}/ship")
	@PreAuthorize(Roles.ORDERS_PROGRESS)
	@Operation(summary = "Record that a completed order was shipped (409 otherwise). Roles: ADMIN, PLANNER, SUPERVISOR.")
	OrderView ship(@PathVariable long id, @Valid @RequestBody TransitionCommand command) {
		return orders.ship(id, command);
	}

	@PostMapping("/{id}/hold")
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Put an open order on hold, with a reason (422 without; 409 if it cannot be held). "
			+ "Roles: ADMIN, PLANNER.")
	OrderView hold(@PathVariable long id, @Valid @RequestBody TransitionCommand command) {
		return orders.hold(id, command);
	}

	@PostMapping("/{id}/resume")
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Take an order off hold, back to the status it was held from (409 if not on hold). "
			+ "Roles: ADMIN, PLANNER.")
	OrderView resume(@PathVariable long id, @Valid @RequestBody TransitionCommand command) {
		return orders.resume(id, command);
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Cancel a draft or confirmed order, with a reason (409 once released: that takes a change "
			+ "request). Roles: ADMIN, PLANNER.")
	OrderView cancel(@PathVariable long id, @Valid @RequestBody TransitionCommand command) {
		return orders.cancel(id, command);
	}

	@GetMapping("/export")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Export the matching orders, one row per line, as CSV or Excel (format=csv|xlsx), in the import "
			+ "layout. Roles: staff (not CUSTOMER).")
	ResponseEntity<byte[]> export(@ModelAttribute OrderFilter filter, @RequestParam(required = false) String q,
			@RequestParam(required = false) String format) {
		TabularFormat tabularFormat = TabularFormat.ofParameter(format);
		byte[] body = TabularWriter.write(tabularFormat, OrderList.exportColumns(), list.exportRows(filter, q));
		String fileName = "orders-%s.%s".formatted(LocalDate.now(), tabularFormat.extension());
		return ResponseEntity.ok()
			.contentType(tabularFormat.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	@PostMapping(path = "/import", consumes = "multipart/form-data")
	@PreAuthorize(Roles.ORDERS_WRITE)
	@Operation(summary = "Import new orders from CSV or Excel, one row per line: all orders or none (422 lists every bad "
			+ "row and column). Accepts Idempotency-Key. Roles: ADMIN, PLANNER.")
	ImportResult importFile(@RequestPart("file") MultipartFile file) throws IOException {
		TabularFormat format = TabularFormat.ofFileName(file.getOriginalFilename());
		try (InputStream content = file.getInputStream()) {
			return imports.importRows(TabularReader.read(content, format));
		}
	}
}
