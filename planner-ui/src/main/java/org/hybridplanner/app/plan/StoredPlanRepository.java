package org.hybridplanner.app.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StoredPlanRepository extends JpaRepository<StoredPlan, UUID> {
    Optional<StoredPlan> findByIdAndOwnerId(UUID id, long ownerId);

    /** The account's own plans and those an active edit grant lets it edit, by name pattern. */
    @Query("select p from StoredPlan p where (p.ownerId = :accountId or exists (select g.id from EditGrant g "
            + "where g.planId = p.id and " + EditGrantRepository.ACTIVE + ")) "
            + "and lower(p.name) like :pattern escape '\\' order by p.updatedAt desc")
    List<StoredPlan> search(long accountId, String pattern, Instant now);

    long countByOwnerId(long ownerId);

    /** The plan's revision alone, without its document. */
    @Query("select p.revision from StoredPlan p where p.id = :id")
    Optional<UUID> findRevisionById(UUID id);

    /** The plan, its row locked until the transaction ends: merges of one plan take turns, so none is lost. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from StoredPlan p where p.id = :id")
    Optional<StoredPlan> findForUpdate(UUID id);
}
