package org.hybridplanner.app.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanVersionRepository extends JpaRepository<StoredPlanVersion, Long> {
    List<StoredPlanVersion> findByPlanIdOrderByNumberDesc(UUID planId);

    Optional<StoredPlanVersion> findFirstByPlanIdOrderByNumberDesc(UUID planId);

    Optional<StoredPlanVersion> findByIdAndPlanId(long id, UUID planId);

    boolean existsByIdAndPlanId(long id, UUID planId);

    void deleteByPlanId(UUID planId);
}
