package io.atelier.workforce;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;

import io.atelier.shared.masterdata.MasterDataRepository;

interface WorkerRepository extends MasterDataRepository<Worker> {

	Optional<Worker> findByCodeIgnoreCase(String code);

	Optional<Worker> findByUsernameIgnoreCase(String username);

	/** On the report path: one index lookup (worker_username_uk), no skills loaded. */
	@Query("select w.id from Worker w where lower(w.username) = lower(:username) and w.active = true")
	Optional<Long> findActiveIdByUsername(String username);

	List<Worker> findByWorkshopIdOrderByCode(long workshopId, Limit limit);

	List<Worker> findByCalendarIdOrderByCode(long calendarId, Limit limit);

	@Query("select w from Worker w join w.skills s where s.skillId = :skillId order by w.code")
	List<Worker> findHolding(long skillId, Limit limit);

	@Query("""
			select w from Worker w join w.skills s
			where s.skillId = :skillId and s.level >= :minLevel and w.active = true
			order by s.level desc, w.code
			""")
	List<Worker> findActiveHolding(long skillId, int minLevel);
}
