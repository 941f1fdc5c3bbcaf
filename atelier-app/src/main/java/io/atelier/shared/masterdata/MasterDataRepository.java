package io.atelier.shared.masterdata;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

import io.atelier.shared.domain.AggregateRoot;

/** The repository every master-data aggregate has: by id, and by a specification for filtered, paged lists. */
@NoRepositoryBean
public interface MasterDataRepository<E extends AggregateRoot> extends JpaRepository<E, Long>, JpaSpecificationExecutor<E> {
}
