package io.atelier.configurator;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;

import io.atelier.shared.masterdata.MasterDataRepository;

interface ProductTemplateRepository extends MasterDataRepository<ProductTemplate> {

	Optional<ProductTemplate> findByCodeIgnoreCase(String code);

	/** Codes of the templates with a version made as the item or using it as a component. */
	@Query(value = """
			select distinct t.code from product_template t join product_template_version v on v.template_id = t.id
			where v.item_id = :itemId
			   or cast(v.definition as jsonb) -> 'bomRules' @> jsonb_build_array(jsonb_build_object('componentItemId', :itemId))
			order by t.code""", nativeQuery = true)
	List<String> findCodesUsingItem(long itemId, Limit limit);

	/** Codes of the templates with a version whose family rule names the family, fixed or for an option. */
	@Query(value = """
			select distinct t.code from product_template t join product_template_version v on v.template_id = t.id
			where cast(v.definition as jsonb) -> 'familyRule' @> jsonb_build_object('familyId', :familyId)
			   or cast(v.definition as jsonb) -> 'familyRule' -> 'mappings' @> jsonb_build_array(jsonb_build_object('familyId', :familyId))
			order by t.code""", nativeQuery = true)
	List<String> findCodesUsingFamily(long familyId, Limit limit);
}
