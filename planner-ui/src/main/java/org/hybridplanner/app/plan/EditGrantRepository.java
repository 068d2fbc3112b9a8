package org.hybridplanner.app.plan;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EditGrantRepository extends JpaRepository<EditGrant, Long> {
    String ACTIVE = "g.accountId = :accountId and (g.expiresAt is null or g.expiresAt > :now)";

    @Query("select count(g) > 0 from EditGrant g where g.planId = :planId and " + ACTIVE)
    boolean isActive(UUID planId, long accountId, Instant now);

    boolean existsByPlanIdAndAccountIdAndShareLinkId(UUID planId, long accountId, long shareLinkId);

    @Modifying
    @Query("delete from EditGrant g where g.shareLinkId = :shareLinkId")
    int deleteByShareLinkId(long shareLinkId);
}
