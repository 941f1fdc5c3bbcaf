package io.atelier.configurator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.atelier.shared.domain.AggregateRoot;
import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.NotFoundException;

/**
 * A product template (产品模板) with all its numbered versions. The versions are parts of this one aggregate, not
 * aggregates of their own, because the rules that matter span them: at most one draft at a time, numbers that only grow,
 * the newest released version being the current one. One optimistic lock on the template guards them all.
 */
@Entity
@Table(name = "product_template")
class ProductTemplate extends AggregateRoot {

	/** How a template shows in lists: by its best version (released, else draft, else retired). */
	enum Status {
		DRAFT, RELEASED, RETIRED
	}

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 2000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Status status;

	/** The newest released version, offered for new orders; null when none is released. */
	private Integer currentVersion;

	@OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<TemplateVersion> versions = new ArrayList<>();

	protected ProductTemplate() {
	}

	ProductTemplate(String code, String name, String description, long itemId, TemplateRules.Definition definition) {
		this.code = code;
		this.name = name;
		this.description = description;
		versions.add(new TemplateVersion(this, 1, itemId, definition));
		refreshStatus();
	}

	/** Changes the template's names and its draft; the code only while nothing was ever released. */
	void changeDraft(String code, String name, String description, long itemId, TemplateRules.Definition definition) {
		TemplateVersion draft = draft()
			.orElseThrow(() -> new ConflictException(null, "configurator.template.no-draft", this.code));
		if (!code.equals(this.code) && versions.stream().anyMatch(v -> v.status() != VersionStatus.DRAFT)) {
			throw new ConflictException("code", "configurator.template.code-fixed", this.code);
		}
		this.code = code;
		this.name = name;
		this.description = description;
		if (draft.change(itemId, definition)) {
			touch(); // a change inside a version does not dirty the template itself
		}
	}

	/** Starts a new draft as a copy of the current version (or of the newest, when none is released). */
	TemplateVersion newDraft() {
		draft().ifPresent(draft -> {
			throw new ConflictException(null, "configurator.template.draft-exists", code, draft.number());
		});
		TemplateVersion source = current().orElse(versions.get(versions.size() - 1));
		TemplateVersion draft = new TemplateVersion(this, versions.get(versions.size() - 1).number() + 1,
				source.itemId(), source.definition());
		versions.add(draft);
		refreshStatus();
		touch();
		return draft;
	}

	void release(int number) {
		TemplateVersion version = version(number);
		if (version.status() != VersionStatus.DRAFT) {
			throw new ConflictException(null, "configurator.template.release-only-draft", code, number);
		}
		version.release();
		refreshStatus();
		touch();
	}

	void retire(int number) {
		TemplateVersion version = version(number);
		if (version.status() != VersionStatus.RELEASED) {
			throw new ConflictException(null, "configurator.template.retire-only-released", code, number);
		}
		version.retire();
		refreshStatus();
		touch();
	}

	void deleteDraft(int number) {
		TemplateVersion version = version(number);
		if (version.status() != VersionStatus.DRAFT) {
			throw new ConflictException(null, "configurator.template.delete-only-draft", code, number);
		}
		if (versions.size() == 1) {
			throw new ConflictException(null, "configurator.template.last-version", code);
		}
		versions.remove(version);
		refreshStatus();
		touch();
	}

	/** Whether the template may be deleted as a whole: only while nothing of it was ever released. */
	boolean neverReleased() {
		return versions.stream().allMatch(v -> v.status() == VersionStatus.DRAFT);
	}

	TemplateVersion version(int number) {
		return versions.stream()
			.filter(v -> v.number() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("ProductTemplate", code + " v" + number));
	}

	Optional<TemplateVersion> current() {
		return versions.stream()
			.filter(v -> v.status() == VersionStatus.RELEASED)
			.max(Comparator.comparingInt(TemplateVersion::number));
	}

	Optional<TemplateVersion> draft() {
		return versions.stream().filter(v -> v.status() == VersionStatus.DRAFT).findFirst();
	}

	private void refreshStatus() {
		currentVersion = current().map(TemplateVersion::number).orElse(null);
		status = currentVersion != null ? Status.RELEASED : draft().isPresent() ? Status.DRAFT : Status.RETIRED;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	String getDescription() {
		return description;
	}

	Status getStatus() {
		return status;
	}

	Integer getCurrentVersion() {
		return currentVersion;
	}

	List<TemplateVersion> getVersions() {
		return List.copyOf(versions);
	}

	@Override
	public String auditLabel() {
		return code;
	}
}
