package org.hybridplanner.app.share;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hybridplanner.app.base.SecretTokens;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.app.plan.OpenedPlan;
import org.hybridplanner.app.plan.PlanNotFoundException;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.VersionSummary;
import org.hybridplanner.model.Recommendation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Share links. Creating, listing and revoking act for the signed-in owner (through {@link PlanService}'s ownership
 * check, so another account's plan is "not found"); resolving a link needs no account, only the secret.
 */
@Service
public class ShareLinkService {
    static final String PREFIX = "";

    private final ShareLinkRepository links;
    private final PlanService plans;
    private final DesignService design;
    private final GuessLimiter limiter;
    private final Clock clock;
    private final Duration defaultExpiry;
    private final boolean allowNoExpiry;

    ShareLinkService(ShareLinkRepository links, PlanService plans, DesignService design, GuessLimiter limiter,
            Clock clock, @Value("${planner.share.default-expiry:30d}") Duration defaultExpiry,
            @Value("${planner.share.allow-no-expiry:false}") boolean allowNoExpiry) {
        this.links = links;
        this.plans = plans;
        this.design = design;
        this.limiter = limiter;
        this.clock = clock;
        this.defaultExpiry = defaultExpiry;
        this.allowNoExpiry = allowNoExpiry;
    }

    public Duration defaultExpiry() {
        return defaultExpiry;
    }

    public boolean allowsNoExpiry() {
        return allowNoExpiry;
    }

    /** Creates a link for one of the caller's plans; the secret is in the answer and nowhere else. */
    @Transactional
    public CreatedShareLink create(UUID planId, NewShareLink request) {
        plans.open(planId);
        if (request.versionId() != null && plans.versions(planId).stream().map(VersionSummary::id)
                .noneMatch(id -> id == request.versionId())) {
            throw new IllegalArgumentException("Version " + request.versionId() + " is not a version of this plan");
        }
        Instant now = clock.instant();
        Instant expiresAt;
        if (NewShareLink.NO_EXPIRY.equals(request.expiresIn())) {
            if (!allowNoExpiry) {
                throw new IllegalArgumentException("Links without expiry are not allowed here (an admin can allow "
                        + "them with planner.share.allow-no-expiry=true)");
            }
            expiresAt = null;
        } else {
            expiresAt = now.plus(request.expiresIn() == null ? defaultExpiry : request.expiresIn());
        }
        String token = SecretTokens.generate(PREFIX);
        ShareLink link = links.save(new ShareLink(planId, SecretTokens.hash(token), request.access(),
                request.label(), request.versionId(), now, expiresAt));
        return new CreatedShareLink(link.summary(), token);
    }

    @Transactional(readOnly = true)
    public List<ShareLinkSummary> list(UUID planId) {
        plans.open(planId);
        return links.findByPlanIdOrderByCreatedAtDesc(planId).stream().map(ShareLink::summary).toList();
    }

    /** Revokes a link of one of the caller's plans; the next request with it answers 404. */
    @Transactional
    public void revoke(UUID planId, long linkId) {
        plans.open(planId);
        links.findByIdAndPlanId(linkId, planId).orElseThrow(ShareLinkNotFoundException::new)
                .revoke(clock.instant());
    }

    /**
     * The design behind a link, counting the use. {@code client} identifies the caller for the guess limit.
     * Throws {@link ShareLinkNotFoundException}, {@link ShareLinkExpiredException} or
     * {@link TooManyGuessesException}.
     */
    @Transactional
    public SharedDesign resolve(String token, String client) {
        limiter.check(client);
        ShareLink link = SecretTokens.looksValid(token, PREFIX)
                ? links.findByTokenHash(SecretTokens.hash(token)).orElse(null) : null;
        Instant now = clock.instant();
        if (link == null || link.isRevoked()) {
            limiter.failed(client);
            throw new ShareLinkNotFoundException();
        }
        if (link.isExpired(now)) {
            limiter.failed(client);
            throw new ShareLinkExpiredException();
        }
        OpenedPlan opened;
        try {
            opened = plans.openForCapability(link.planId(), link.versionId());
        } catch (PlanNotFoundException e) {
            throw new ShareLinkNotFoundException();
        }
        link.used(now);
        Recommendation recommendation = design.design(opened.plan()).recommendation();
        String versionLabel = link.versionId() == null ? "latest version" : "version " + link.versionId();
        return new SharedDesign(opened.plan(), recommendation, opened.updatedBy(), versionLabel, link.access());
    }
}
