package org.hybridplanner.app.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredPlanRepository extends JpaRepository<StoredPlan, UUID> {
    Optional<StoredPlan> findByIdAndOwnerId(UUID id, long ownerId);

    /** The account's own plans and those an active edit grant lets it edit, by name pattern. */
    @Query("select p from StoredPlan p where (p.ownerId = :accountId or exists (select g.id from EditGrant g "
            + "where g.planId = p.id and " + EditGrantRepository.ACTIVE + ")) "
            + "and lower(p.name) like :pattern escape '\\' order by p.updatedAt desc")
    List<StoredPlan> search(long accountId, String pattern, Instant now);

    long countByOwnerId(long ownerId);
}
