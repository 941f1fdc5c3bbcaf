package io.atelier.configurator;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.atelier.shared.domain.Aggregate;
import io.atelier.shared.domain.AuditedPart;

/**
 * One numbered version of a product template: the item it is made as and its parameters and rules, kept as one
 * document because a version is read, checked and released as a whole. Only a draft changes.
 */
@Entity
@Table(name = "product_template_version")
class TemplateVersion implements AuditedPart {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "template_id", nullable = false)
	private ProductTemplate template;

	@Column(nullable = false)
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private VersionStatus status;

	@Column(nullable = false)
	private long itemId;

	@Column(nullable = false, length = DefinitionJson.MAX_LENGTH)
	private String definition;

	private Instant releasedAt;

	private Instant retiredAt;

	protected TemplateVersion() {
	}

	TemplateVersion(ProductTemplate template, int number, long itemId, TemplateRules.Definition definition) {
		this.template = template;
		this.number = number;
		this.status = VersionStatus.DRAFT;
		change(itemId, definition);
	}

	/** Answers whether anything changed. */
	boolean change(long itemId, TemplateRules.Definition definition) {
		String json = DefinitionJson.write(definition);
		if (itemId == this.itemId && json.equals(this.definition)) {
			return false;
		}
		this.itemId = itemId;
		this.definition = json;
		return true;
	}

	void release() {
		status = VersionStatus.RELEASED;
		releasedAt = Instant.now();
	}

	void retire() {
		status = VersionStatus.RETIRED;
		retiredAt = Instant.now();
	}

	int number() {
		return number;
	}

	VersionStatus status() {
		return status;
	}

	long itemId() {
		return itemId;
	}

	TemplateRules.Definition definition() {
		return DefinitionJson.read(definition);
	}

	/** The definition as stored: equal texts are equal definitions. */
	String definitionJson() {
		return definition;
	}

	Instant releasedAt() {
		return releasedAt;
	}

	Instant retiredAt() {
		return retiredAt;
	}

	@Override
	public Aggregate auditOwner() {
		return template;
	}

	@Override
	public String auditPartLabel() {
		return "versions[" + number + "]";
	}

	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof TemplateVersion version && id != null && id.equals(version.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(TemplateVersion.class);
	}
}
