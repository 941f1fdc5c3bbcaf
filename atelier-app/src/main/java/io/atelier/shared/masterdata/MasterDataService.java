package io.atelier.shared.masterdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.shared.domain.AggregateRoot;
import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.ReferenceCheck;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.tabular.ImportRejectedException;
import io.atelier.shared.tabular.ImportResult;
import io.atelier.shared.tabular.Numbered;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;
import io.atelier.shared.tabular.TabularMapping;
import io.atelier.shared.web.PageQuery;
import io.atelier.shared.web.PageResponse;

/**
 * What every master-data aggregate needs, once: paged and filtered lists, create and update with the aggregate's own rules
 * and a unique business key, optimistic locking, delete only when nothing refers to the record, and all-or-nothing import
 * by business key. Subclasses say how their aggregate is built, checked, shown and laid out in files.
 *
 * @param <E> the aggregate
 * @param <V> its view in the API
 * @param <C> the command that creates or updates it
 * @param <F> its list filter
 */
public abstract class MasterDataService<E extends AggregateRoot, V, C extends Versioned, F> {

	protected final MasterDataRepository<E> repository;

	private final ReferenceCheck references;

	private final Validator validator;

	protected MasterDataService(MasterDataRepository<E> repository, ReferenceCheck references, Validator validator) {
		this.repository = repository;
		this.references = references;
		this.validator = validator;
	}

	/** The entity type as named in the audit trail, in reference checks and in message keys ({@code entity.<type>}). */
	public abstract String entityType();

	public abstract TabularMapping<V, C> tabular();

	/** The name of the collection in the API and on the home page, e.g. {@code workCenters}. */
	public String collectionName() {
		String type = entityType();
		String plural = type.endsWith("y") ? type.substring(0, type.length() - 1) + "ies"
				: type.endsWith("x") ? type.substring(0, type.length() - 2) + "ices" : type + "s";
		return Character.toLowerCase(plural.charAt(0)) + plural.substring(1);
	}

	@Transactional(readOnly = true)
	public long count() {
		return repository.count();
	}

	protected abstract Set<String> sortableFields();

	protected Sort defaultSort() {
		return Sort.by("code").and(Sort.by("id"));
	}

	protected abstract Specification<E> specification(F filter, String q);

	protected abstract V toView(E entity);

	/** A view for each entity, in order; override to fetch the references of a whole page at once. */
	protected List<V> toViews(List<E> entities) {
		return entities.stream().map(this::toView).toList();
	}

	/** The business key shown to people, usually the code. */
	protected abstract String label(E entity);

	/** The existing record with the command's business key (code, or owning item for BOMs and routings). */
	protected abstract Optional<E> findByKey(C command);

	/** The field that holds the business key, named in a duplicate-key error. */
	protected String keyField() {
		return "code";
	}

	protected abstract E newEntity(C command);

	protected abstract void apply(E entity, C command);

	/** Rules that need the database: references exist, no cycles, … ({@code existing} is null on create). */
	protected abstract List<FieldError> check(C command, E existing);

	@Transactional(readOnly = true)
	public PageResponse<V> list(F filter, String q, PageQuery page) {
		var result = repository.findAll(specification(filter, q), page.toPageable(sortableFields(), defaultSort()));
		return new PageResponse<>(toViews(result.getContent()), result.getNumber(), result.getSize(),
				result.getTotalElements());
	}

	@Transactional(readOnly = true)
	public List<V> listAll(F filter, String q) {
		return toViews(repository.findAll(specification(filter, q), defaultSort()));
	}

	@Transactional(readOnly = true)
	public V get(long id) {
		return toView(load(id));
	}

	@Transactional
	public V create(C command) {
		assertValid(command, null);
		E saved = repository.saveAndFlush(newEntity(command));
		return toView(saved);
	}

	@Transactional
	public V update(long id, C command) {
		if (command.version() == null) {
			throw new RuleViolationException("version", "validation.required");
		}
		E entity = load(id);
		entity.checkVersion(command.version());
		assertValid(command, entity);
		apply(entity, command);
		return toView(repository.saveAndFlush(entity));
	}

	@Transactional
	public void delete(long id, long version) {
		E entity = load(id);
		entity.checkVersion(version);
		references.assertUnused(entityType(), id, label(entity));
		repository.delete(entity);
		repository.flush();
	}

	/**
	 * Creates or updates every record in the file by its business key, or nothing at all: each row is checked first and
	 * every bad row is reported.
	 */
	@Transactional
	public ImportResult importRows(List<Row> rows) {
		List<RowError> errors = new ArrayList<>();
		List<Numbered<C>> commands = tabular().commandsOf(rows, errors);
		if (rows.isEmpty()) {
			throw new RuleViolationException("file", "import.empty");
		}
		for (Numbered<C> numbered : commands) {
			Optional<E> existing = findByKey(numbered.command());
			validate(numbered.command(), existing.orElse(null))
				.forEach(error -> errors.add(new RowError(numbered.row(), error)));
		}
		duplicateKeys(commands, errors);
		if (!errors.isEmpty()) {
			throw new ImportRejectedException(errors.stream().sorted((a, b) -> Integer.compare(a.row(), b.row())).toList());
		}
		int created = 0;
		int updated = 0;
		for (Numbered<C> numbered : commands) {
			Optional<E> existing = findByKey(numbered.command());
			if (existing.isPresent()) {
				apply(existing.get(), numbered.command());
				repository.saveAndFlush(existing.get());
				updated++;
			}
			else {
				repository.saveAndFlush(newEntity(numbered.command()));
				created++;
			}
		}
		return new ImportResult(created, updated);
	}

	/** The same business key twice in one file is ambiguous; both rows are reported. */
	protected void duplicateKeys(List<Numbered<C>> commands, List<RowError> errors) {
		var seen = new java.util.HashMap<Object, Integer>();
		for (Numbered<C> numbered : commands) {
			Object key = importKey(numbered.command());
			if (key == null) {
				continue; // a missing key is reported by validation
			}
			Integer first = seen.putIfAbsent(key, numbered.row());
			if (first != null) {
				errors.add(new RowError(numbered.row(), FieldError.of(keyField(), "import.duplicate-key", key, first)));
			}
		}
	}

	/** The value that identifies a record within one import file; null when the row has none. */
	protected abstract Object importKey(C command);

	/** A code compared as codes are: without regard to case. */
	protected static String codeKey(String code) {
		return code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
	}

	protected E load(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException(entityType(), id));
	}

	private void assertValid(C command, E existing) {
		Optional<E> sameKey = findByKey(command);
		if (sameKey.isPresent() && (existing == null || !sameKey.get().getId().equals(existing.getId()))) {
			throw new ConflictException(keyField(), "validation.duplicate-key", importKey(command));
		}
		List<FieldError> errors = check(command, existing);
		if (!errors.isEmpty()) {
			throw new RuleViolationException(errors);
		}
	}

	private List<FieldError> validate(C command, E existing) {
		List<FieldError> errors = new ArrayList<>();
		for (ConstraintViolation<C> violation : validator.validate(command)) {
			errors.add(new FieldError(violation.getPropertyPath().toString(), "import.constraint",
					List.of(violation.getMessage())));
		}
		if (errors.isEmpty()) {
			errors.addAll(check(command, existing));
		}
		return errors;
	}
}
