package org.hybridplanner.app.share;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.hybridplanner.app.base.FailureLimiter;
import org.hybridplanner.app.base.PlannerMetrics;
import org.hybridplanner.app.base.SecretTokens;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.app.plan.OpenedPlan;
import org.hybridplanner.app.plan.PlanNotFoundException;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.VersionSummary;
import org.hybridplanner.app.share.SharedContents.SharedContent;
import org.hybridplanner.model.Recommendation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Share links. Creating, listing and revoking act for the signed-in owner only (through {@link PlanService}'s
 * ownership check, so another account's plan is "not found", and someone editing through an edit link cannot share
 * further); resolving a view link needs no account, only the secret; joining an edit link needs a signed-in caller.
 */
@Service
public class ShareLinkService {
    static final String PREFIX = "";

    private final ShareLinkRepository links;
    private final PlanService plans;
    private final DesignService design;
    private final GuessLimiter limiter;
    private final Clock clock;
    private final ShareLinkSettings settings;
    private final PlannerMetrics metrics;
    private final TransactionTemplate transaction;
    private final ShareLinkUses uses;
    private final SharedContents contents;

    ShareLinkService(ShareLinkRepository links, PlanService plans, DesignService design, GuessLimiter limiter,
            Clock clock, ShareLinkSettings settings, PlannerMetrics metrics,
            PlatformTransactionManager transactionManager, ShareLinkUses uses, SharedContents contents) {
        this.contents = contents;
        this.transaction = new TransactionTemplate(transactionManager);
        this.uses = uses;
        this.links = links;
        this.plans = plans;
        this.design = design;
        this.limiter = limiter;
        this.clock = clock;
        this.settings = settings;
        this.metrics = metrics;
    }

    public Duration defaultExpiry() {
        return settings.defaultExpiry();
    }

    /** The longest expiry a link may have ({@code planner.share.max-expiry}, 365 days unless an admin changed it). */
    public Duration maxExpiry() {
        return settings.maxExpiry();
    }

    public boolean allowsNoExpiry() {
        return settings.allowNoExpiry();
    }

    /** Creates a link for one of the caller's plans; the secret is in the answer and nowhere else. */
    @Transactional
    public CreatedShareLink create(UUID planId, NewShareLink request) {
        plans.requireOwner(planId);
        if (request.versionId() != null && plans.versions(planId).stream().map(VersionSummary::id)
                .noneMatch(id -> id == request.versionId())) {
            throw new IllegalArgumentException("Version " + request.versionId() + " is not a version of this plan");
        }
        Instant now = clock.instant();
        Instant expiresAt;
        if (NewShareLink.NO_EXPIRY.equals(request.expiresIn())) {
            if (!settings.allowNoExpiry()) {
                throw new IllegalArgumentException("Links without expiry are not allowed here (an admin can allow "
                        + "them with planner.share.allow-no-expiry=true)");
            }
            expiresAt = null;
        } else if (request.expiresIn() != null && request.expiresIn().compareTo(settings.maxExpiry()) > 0) {
            // Without a bound, "expires in 2^31 days" would be a link that never expires, past allow-no-expiry.
            throw new ExpiryRefusedException("Links expire after at most " + settings.maxExpiry().toDays()
                    + " days here (planner.share.max-expiry)");
        } else {
            expiresAt = now.plus(request.expiresIn() == null ? settings.defaultExpiry() : request.expiresIn());
        }
        String token = SecretTokens.generate(PREFIX);
        ShareLink link = links.save(new ShareLink(planId, SecretTokens.hash(token), request.access(),
                request.label(), request.versionId(), now, expiresAt));
        return new CreatedShareLink(link.summary(), token);
    }

    /** The caller's links of a plan, with the uses this instance counted up to now (see {@link ShareLinkUses}). */
    public List<ShareLinkSummary> list(UUID planId) {
        uses.write();
        return transaction.execute(status -> {
            plans.requireOwner(planId);
            return links.findByPlanIdOrderByCreatedAtDesc(planId).stream().map(ShareLink::summary).toList();
        });
    }

    /**
     * Revokes a link of one of the caller's plans: the next request with it answers 404, and whoever gained edit
     * rights through it loses them with their next request.
     */
    @Transactional
    public void revoke(UUID planId, long linkId) {
        plans.requireOwner(planId);
        links.findByIdAndPlanId(linkId, planId).orElseThrow(ShareLinkNotFoundException::new)
                .revoke(clock.instant());
        plans.withdrawGrants(linkId);
    }

    /**
     * The design behind a view link, counting the use. {@code client} identifies the caller for the guess limit.
     * Throws {@link ShareLinkNotFoundException}, {@link ShareLinkExpiredException},
     * {@link TooManyGuessesException}, or {@link EditLinkNeedsSignInException} for an edit link.
     */
    public SharedDesign resolve(String token, String client) {
        Viewed viewed = view(token, client);
        SharedContent content = viewed.content();
        String versionLabel = viewed.versionId() == null ? "latest version" : "version " + viewed.versionId();
        return new SharedDesign(content.plan(), content.recommendation(), content.author(), versionLabel,
                viewed.access());
    }

    /** As {@link #resolve}, answering the body of {@code GET /api/shared/{token}}: the plan and its recommendation. */
    byte[] resolveJson(String token, String client) {
        return view(token, client).content().json();
    }

    /**
     * One view through a link: what the plan's current save (or the pinned version) shows, taken from
     * {@link SharedContents} when it was computed before, else read, recommended and kept there.
     */
    private Viewed view(String token, String client) {
        Viewed viewed = lookUp(token, client, link -> {
            if (link.access() == ShareAccess.EDIT) {
                throw new EditLinkNeedsSignInException(ShareAccess.EDIT.path(token));
            }
            UUID stamp = plans.capabilityStamp(link.planId(), link.versionId())
                    .orElseThrow(ShareLinkNotFoundException::new);
            SharedContents.Key key = new SharedContents.Key(link.planId(), link.versionId(), stamp);
            SharedContent known = contents.get(key).orElse(null);
            if (known != null) {
                return new Viewed(link.id(), link.access(), link.versionId(), known, null);
            }
            try {
                return new Viewed(link.id(), link.access(), link.versionId(), null,
                        plans.openForCapability(link.planId(), link.versionId()));
            } catch (PlanNotFoundException e) {
                throw new ShareLinkNotFoundException();
            }
        });
        uses.used(viewed.linkId());
        metrics.shareLinkUsed(false);
        if (viewed.content() != null) {
            return viewed;
        }
        // Computed after the transaction: no connection is held while the engine runs.
        OpenedPlan opened = viewed.opened();
        Recommendation recommendation = design.design(opened.plan()).recommendation();
        SharedContent content = SharedContent.of(opened.plan(), recommendation, opened.updatedBy());
        contents.put(new SharedContents.Key(opened.id(), viewed.versionId(),
                viewed.versionId() == null ? opened.revision() : opened.id()), content);
        return new Viewed(viewed.linkId(), viewed.access(), viewed.versionId(), content, null);
    }

    /**
     * Opens a link for the signed-in caller in the planner. An edit link gives the caller edit rights on its plan
     * for as long as the link lives, and counts as a use; a view link changes nothing (its page counts the use).
     * Throws as {@link #resolve} does, except for edit links.
     */
    public JoinedLink join(String token, String client) {
        JoinedLink joined = lookUp(token, client, link -> {
            if (link.access() == ShareAccess.EDIT) {
                try {
                    plans.grantEditing(link.planId(), link.id(), link.expiresAt());
                } catch (PlanNotFoundException e) {
                    throw new ShareLinkNotFoundException();
                }
                uses.used(link.id());
                metrics.shareLinkUsed(true);
            }
            return new JoinedLink(link.access(), link.planId());
        });
        return joined;
    }

    /**
     * One lookup of a secret, counted by the guess limit outside the transaction that uses the link (the limit
     * commits on its own, so a failed guess that rolls its transaction back still counts): a success when the link
     * is usable, whatever {@code use} then does with it; a failure otherwise, answered "not found" or "expired" only
     * if it was one of the window's counted failures, else as too many guesses.
     */
    private <T> T lookUp(String token, String client, Function<ShareLink, T> use) {
        String hash = SecretTokens.looksValid(token, PREFIX) ? SecretTokens.hash(token) : null;
        AtomicBoolean usable = new AtomicBoolean();
        try (FailureLimiter.Attempt attempt = limiter.lookup(client, hash)) {
            try {
                T result = transaction.execute(status -> {
                    ShareLink link = usable(hash);
                    usable.set(true);
                    return use.apply(link);
                });
                attempt.succeeded();
                return result;
            } catch (ShareLinkNotFoundException | ShareLinkExpiredException refused) {
                if (usable.get()) {
                    attempt.succeeded();
                } else if (!attempt.failed()) {
                    throw limiter.refusal();
                }
                throw refused;
            } catch (RuntimeException | Error other) {
                if (usable.get()) {
                    attempt.succeeded();
                }
                throw other;
            }
        }
    }

    /** The link behind the secret's hash if it is neither unknown, revoked nor expired. */
    private ShareLink usable(String hash) {
        ShareLink link = hash == null ? null : links.findByTokenHash(hash).orElse(null);
        if (link == null || link.isRevoked()) {
            throw new ShareLinkNotFoundException();
        }
        if (link.isExpired(clock.instant())) {
            throw new ShareLinkExpiredException();
        }
        return link;
    }

    /** A view through a link: what it shows, or (before that is computed) the plan as opened. */
    private record Viewed(long linkId, ShareAccess access, Long versionId, SharedContent content, OpenedPlan opened) {
    }
}
