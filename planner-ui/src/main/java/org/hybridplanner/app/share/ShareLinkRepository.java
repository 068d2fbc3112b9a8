package org.hybridplanner.app.share;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShareLinkRepository extends JpaRepository<ShareLink, Long> {
    Optional<ShareLink> findByTokenHash(String tokenHash);

    List<ShareLink> findByPlanIdOrderByCreatedAtDesc(UUID planId);

    Optional<ShareLink> findByIdAndPlanId(long id, UUID planId);
}
