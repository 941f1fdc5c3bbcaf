package io.atelier.home.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.shared.masterdata.MasterDataService;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;

@RestController
class OverviewController {

	private final List<MasterDataService<?, ?, ?, ?>> masterData;

	OverviewController(List<MasterDataService<?, ?, ?, ?>> masterData) {
		this.masterData = masterData;
	}

	record Overview(Map<String, Long> counts) {
	}

	@GetMapping("/api/overview")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "How many records of each kind of master data there are. Roles: staff (not CUSTOMER).")
	Overview overview() {
		Map<String, Long> counts = new TreeMap<>();
		masterData.stream()
			.filter(service -> !service.entityType().equals("User"))
			.forEach(service -> counts.put(service.collectionName(), service.count()));
		return new Overview(counts);
	}
}
