package org.hybridplanner.app.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredPlanRepository extends JpaRepository<StoredPlan, UUID> {
    Optional<StoredPlan> findByIdAndOwnerId(UUID id, long ownerId);

    @Query("select p from StoredPlan p where p.ownerId = :ownerId and lower(p.name) like :pattern escape '\\' "
            + "order by p.updatedAt desc")
    List<StoredPlan> search(long ownerId, String pattern);

    long countByOwnerId(long ownerId);
}
