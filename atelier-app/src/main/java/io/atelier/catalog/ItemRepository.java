package io.atelier.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.atelier.shared.masterdata.MasterDataRepository;

interface ItemRepository extends MasterDataRepository<Item> {

	Optional<Item> findByCodeIgnoreCase(String code);

	List<Item> findByCodeIn(Collection<String> codes);

	List<Item> findTop5ByProductFamilyIdOrderByCode(long productFamilyId);
}
