package io.atelier.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.factory.Machines.MachineRef;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.ReferenceCheck;
import io.atelier.shared.masterdata.MasterDataService;
import io.atelier.shared.masterdata.Specifications;
import io.atelier.shared.masterdata.Versioned;
import io.atelier.shared.tabular.ImportRejectedException;
import io.atelier.shared.tabular.ImportResult;
import io.atelier.shared.tabular.Row;

/** Maintains the setup matrices of machines and tells the scheduler how long a changeover takes. */
@Service
public class SetupMatrices extends MasterDataService<SetupMatrix, SetupMatrices.SetupMatrixView,
		SetupMatrices.SetupMatrixCommand, SetupMatrices.SetupMatrixFilter> {

	private final SetupMatrixRepository matrices;

	private final ProductFamilyRepository families;

	private final ResourceLookup resources;

	SetupMatrices(SetupMatrixRepository matrices, ProductFamilyRepository families, ResourceLookup resources,
			ReferenceCheck references, Validator validator) {
		super(matrices, references, validator);
		this.matrices = matrices;
		this.families = families;
		this.resources = resources;
	}

	public record SetupMatrixView(long id, long version, long machineId, String machineCode, String machineName,
			int defaultSetupMinutes, List<SetupEntryView> entries, Instant createdAt, Instant updatedAt) {
	}

	public record SetupEntryView(long fromFamilyId, String fromFamilyCode, String fromFamilyName, long toFamilyId,
			String toFamilyCode, String toFamilyName, int setupMinutes) {
	}

	public record SetupMatrixCommand(Long version, @NotNull Long machineId,
			@NotNull @Min(0) @Max(100000) Integer defaultSetupMinutes,
			@Size(max = 2500) List<@Valid SetupEntryCommand> entries) implements Versioned {
	}

	public record SetupEntryCommand(@NotNull Long fromFamilyId, @NotNull Long toFamilyId,
			@NotNull @Min(0) @Max(100000) Integer setupMinutes) {
	}

	public record SetupMatrixFilter(Long machineId) {
	}

	/** A machine's changeover times, to be asked many times while scheduling without going back to the database. */
	public record SetupMatrixRef(long id, long machineId, int defaultSetupMinutes, List<SetupEntryRef> entries) {

		/**
		 * The changeover time from a job of one family to a job of another: the entry for the pair if there is one;
		 * otherwise none within the same family, and the machine's default between different families or when either
		 * family is unknown (first job, or an item without a family).
		 */
		public int setupMinutes(Long fromFamilyId, Long toFamilyId) {
			if (fromFamilyId == null || toFamilyId == null) {
				return defaultSetupMinutes;
			}
			for (SetupEntryRef entry : entries) {
				if (entry.fromFamilyId() == fromFamilyId && entry.toFamilyId() == toFamilyId) {
					return entry.setupMinutes();
				}
			}
			return fromFamilyId.equals(toFamilyId) ? 0 : defaultSetupMinutes;
		}
	}

	public record SetupEntryRef(long fromFamilyId, long toFamilyId, int setupMinutes) {
	}

	@Transactional(readOnly = true)
	public Optional<SetupMatrixRef> find(long id) {
		return matrices.findById(id).map(SetupMatrices::ref);
	}

	@Transactional(readOnly = true)
	public Optional<SetupMatrixRef> findByMachine(long machineId) {
		return matrices.findByMachineId(machineId).map(SetupMatrices::ref);
	}

	/**
	 * The changeover time on a machine between two families (see {@link SetupMatrixRef#setupMinutes}); 0 for a machine
	 * without a matrix, whose changeovers cost nothing beyond the routing's setup.
	 */
	@Transactional(readOnly = true)
	public int setupMinutes(long machineId, Long fromFamilyId, Long toFamilyId) {
		return findByMachine(machineId).map(m -> m.setupMinutes(fromFamilyId, toFamilyId)).orElse(0);
	}

	private static SetupMatrixRef ref(SetupMatrix m) {
		return new SetupMatrixRef(m.getId(), m.getMachineId(), m.getDefaultSetupMinutes(), m.getEntries()
			.stream()
			.map(e -> new SetupEntryRef(e.fromFamilyId(), e.toFamilyId(), e.setupMinutes()))
			.toList());
	}

	@Override
	public String entityType() {
		return "SetupMatrix";
	}

	@Override
	public SetupMatrixTabular tabular() {
		ResourceLookup.Session lookup = resources.session();
		return new SetupMatrixTabular(lookup::machineIdByCode,
				code -> families.findByCodeIgnoreCase(code).map(ProductFamily::getId));
	}

	@Override
	protected Set<String> sortableFields() {
		return Set.of("machineId", "defaultSetupMinutes", "createdAt", "updatedAt");
	}

	@Override
	protected Sort defaultSort() {
		return Sort.by("machineId").and(Sort.by("id"));
	}

	/** {@code q} finds the matrix of the machine with that code (the machine's name lives in the factory module). */
	@Override
	protected Specification<SetupMatrix> specification(SetupMatrixFilter filter, String q) {
		Specification<SetupMatrix> byMachine = Specifications.equal("machineId", filter == null ? null : filter.machineId());
		if (q == null || q.isBlank()) {
			return byMachine;
		}
		long machineId = resources.session().machineIdByCode(q.trim()).orElse(-1L);
		return byMachine.and(Specifications.equal("machineId", machineId));
	}

	@Override
	protected SetupMatrixView toView(SetupMatrix matrix) {
		return toViews(List.of(matrix)).get(0);
	}

	@Override
	protected List<SetupMatrixView> toViews(List<SetupMatrix> page) {
		ResourceLookup.Session lookup = resources.session();
		Set<Long> familyIds = new HashSet<>();
		page.forEach(m -> m.getEntries().forEach(e -> {
			familyIds.add(e.fromFamilyId());
			familyIds.add(e.toFamilyId());
		}));
		Map<Long, ProductFamily> familyById = families.findAllById(familyIds)
			.stream()
			.collect(Collectors.toMap(ProductFamily::getId, Function.identity()));
		return page.stream().map(m -> view(m, lookup.machine(m.getMachineId()), familyById)).toList();
	}

	private static SetupMatrixView view(SetupMatrix m, Optional<MachineRef> machine, Map<Long, ProductFamily> families) {
		List<SetupEntryView> entries = m.getEntries().stream().map(e -> {
			ProductFamily from = families.get(e.fromFamilyId());
			ProductFamily to = families.get(e.toFamilyId());
			return new SetupEntryView(e.fromFamilyId(), from.getCode(), from.getName(), e.toFamilyId(), to.getCode(),
					to.getName(), e.setupMinutes());
		}).toList();
		return new SetupMatrixView(m.getId(), m.getVersion(), m.getMachineId(),
				machine.map(MachineRef::code).orElse(null), machine.map(MachineRef::name).orElse(null),
				m.getDefaultSetupMinutes(), entries, m.getCreatedAt(), m.getUpdatedAt());
	}

	/** The machine's code, which also names the matrix in the audit trail. */
	@Override
	protected String label(SetupMatrix matrix) {
		String code = resources.session().machine(matrix.getMachineId()).map(MachineRef::code).orElse(null);
		matrix.knownAs(code);
		return code;
	}

	@Override
	protected Optional<SetupMatrix> findByKey(SetupMatrixCommand command) {
		return command.machineId() == null ? Optional.empty() : matrices.findByMachineId(command.machineId());
	}

	@Override
	protected String keyField() {
		return "machineId";
	}

	@Override
	protected Object importKey(SetupMatrixCommand command) {
		return command.machineId() == null ? null
				: resources.session().machine(command.machineId()).map(MachineRef::code).orElse(null);
	}

	@Override
	protected SetupMatrix newEntity(SetupMatrixCommand command) {
		SetupMatrix matrix = new SetupMatrix(command.machineId(), command.defaultSetupMinutes(), entries(command));
		label(matrix);
		return matrix;
	}

	@Override
	protected void apply(SetupMatrix matrix, SetupMatrixCommand command) {
		matrix.change(command.machineId(), command.defaultSetupMinutes(), entries(command));
		label(matrix);
	}

	private static List<SetupEntry> entries(SetupMatrixCommand command) {
		return command.entries() == null ? List.of()
				: command.entries()
					.stream()
					.map(e -> new SetupEntry(e.fromFamilyId(), e.toFamilyId(), e.setupMinutes()))
					.toList();
	}

	@Override
	protected List<FieldError> check(SetupMatrixCommand command, SetupMatrix existing) {
		List<FieldError> errors = new ArrayList<>();
		if (resources.session().machine(command.machineId()).isEmpty()) {
			errors.add(FieldError.of("machineId", "validation.unknown-reference", command.machineId()));
		}
		List<SetupEntryCommand> entries = command.entries() == null ? List.of() : command.entries();
		Map<List<Long>, Integer> firstEntry = new java.util.HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			SetupEntryCommand entry = entries.get(i);
			String prefix = "entries[" + i + "].";
			if (!families.existsById(entry.fromFamilyId())) {
				errors.add(FieldError.of(prefix + "fromFamilyId", "validation.unknown-reference", entry.fromFamilyId()));
			}
			if (!families.existsById(entry.toFamilyId())) {
				errors.add(FieldError.of(prefix + "toFamilyId", "validation.unknown-reference", entry.toFamilyId()));
			}
			Integer first = firstEntry.putIfAbsent(List.of(entry.fromFamilyId(), entry.toFamilyId()), i);
			if (first != null) {
				errors.add(FieldError.of(prefix + "toFamilyId", "catalog.setup.pair-twice", first + 1));
			}
		}
		return errors;
	}

	/** Errors point at the file's row and column of the entry at fault. */
	@Override
	@Transactional
	public ImportResult importRows(List<Row> rows) {
		SetupMatrixTabular tabular = tabular();
		tabular.commandsOf(rows, new ArrayList<>());
		try {
			return super.importRows(rows);
		}
		catch (ImportRejectedException rejected) {
			throw tabular.sources().pointAt(rejected);
		}
	}
}
