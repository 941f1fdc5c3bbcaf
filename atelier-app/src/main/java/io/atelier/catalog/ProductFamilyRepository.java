package io.atelier.catalog;

import java.util.Optional;

import io.atelier.shared.masterdata.MasterDataRepository;

interface ProductFamilyRepository extends MasterDataRepository<ProductFamily> {

	Optional<ProductFamily> findByCodeIgnoreCase(String code);
}
