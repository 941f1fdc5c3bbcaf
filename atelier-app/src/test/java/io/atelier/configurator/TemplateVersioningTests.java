package io.atelier.configurator;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atelier.shared.domain.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateVersioningTests {

	private static final TemplateRules.Definition EMPTY = new TemplateRules.Definition(null, List.of(), List.of(),
			List.of());

	private static ProductTemplate released() {
		ProductTemplate template = new ProductTemplate("TPL", "Template", null, 1L, EMPTY);
		template.release(1);
		return template;
	}

	@Test
	void aNewTemplateIsADraftWithoutACurrentVersion() {
		ProductTemplate template = new ProductTemplate("TPL", "Template", null, 1L, EMPTY);
		assertThat(template.getStatus()).isEqualTo(ProductTemplate.Status.DRAFT);
		assertThat(template.current()).isEmpty();
		assertThat(template.neverReleased()).isTrue();
	}

	@Test
	void releasingTheDraftMakesItCurrentAndFixesIt() {
		ProductTemplate template = released();
		assertThat(template.getCurrentVersion()).isEqualTo(1);
		assertThat(template.getStatus()).isEqualTo(ProductTemplate.Status.RELEASED);
		assertThatThrownBy(() -> template.changeDraft("TPL", "Other", null, 1L, EMPTY))
			.isInstanceOf(ConflictException.class)
			.extracting(e -> ((ConflictException) e).messageKey())
			.isEqualTo("configurator.template.no-draft");
		assertThatThrownBy(() -> template.release(1)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aNewDraftCopiesTheCurrentVersionAndOnlyOneDraftMayExist() {
		ProductTemplate template = released();
		TemplateVersion draft = template.newDraft();
		assertThat(draft.number()).isEqualTo(2);
		assertThat(draft.definition()).isEqualTo(EMPTY);
		assertThat(template.getCurrentVersion()).as("still the released one").isEqualTo(1);
		assertThatThrownBy(template::newDraft).isInstanceOf(ConflictException.class);
	}

	@Test
	void theNewestReleasedVersionIsCurrentAndRetiredOnesAreKept() {
		ProductTemplate template = released();
		template.newDraft();
		template.release(2);
		assertThat(template.getCurrentVersion()).isEqualTo(2);
		template.retire(2);
		assertThat(template.getCurrentVersion()).as("back to version 1").isEqualTo(1);
		template.retire(1);
		assertThat(template.getCurrentVersion()).isNull();
		assertThat(template.getStatus()).isEqualTo(ProductTemplate.Status.RETIRED);
		assertThat(template.version(2).status()).isEqualTo(VersionStatus.RETIRED);
		assertThatThrownBy(() -> template.retire(2)).isInstanceOf(ConflictException.class);
	}

	@Test
	void theCodeIsFixedOnceAVersionWasReleased() {
		ProductTemplate template = released();
		template.newDraft();
		assertThatThrownBy(() -> template.changeDraft("TPL-NEW", "Template", null, 1L, EMPTY))
			.isInstanceOf(ConflictException.class);
		template.changeDraft("TPL", "Renamed", null, 1L, EMPTY);
		assertThat(template.getName()).isEqualTo("Renamed");
	}

	@Test
	void onlyADraftThatIsNotTheOnlyVersionCanBeDeleted() {
		ProductTemplate fresh = new ProductTemplate("TPL", "Template", null, 1L, EMPTY);
		assertThatThrownBy(() -> fresh.deleteDraft(1)).isInstanceOf(ConflictException.class);
		ProductTemplate template = released();
		template.newDraft();
		assertThatThrownBy(() -> template.deleteDraft(1)).isInstanceOf(ConflictException.class);
		template.deleteDraft(2);
		assertThat(template.getVersions()).hasSize(1);
		assertThat(template.newDraft().number()).isEqualTo(2);
	}
}
