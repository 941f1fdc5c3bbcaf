package io.atelier.workforce;

import java.util.Optional;

import io.atelier.shared.masterdata.MasterDataRepository;

interface SkillRepository extends MasterDataRepository<Skill> {

	Optional<Skill> findByCodeIgnoreCase(String code);
}
