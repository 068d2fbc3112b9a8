package org.hybridplanner.app.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hybridplanner.app.account.AccountNames;
import org.hybridplanner.app.account.CurrentAccount;
import org.hybridplanner.app.account.SignedInAccount;
import org.hybridplanner.app.base.DurableCommits;
import org.hybridplanner.app.base.PlainText;
import org.hybridplanner.app.base.PlannerMetrics;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Problem;
import org.hybridplanner.model.StoreTypeSpec;
import org.hybridplanner.model.change.ChangeKind;
import org.hybridplanner.model.change.ElementChange;
import org.hybridplanner.model.change.MergeConflict;
import org.hybridplanner.model.change.PlanChanges;
import org.hybridplanner.model.change.PlanMerge;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans and their history. Every method acts for the signed-in account. Its own plans it may do anything with; a plan
 * someone shared with it through an edit link (an active {@link EditGrant}) it may open, change, version, restore and
 * copy, but not delete or share further. Any other plan id behaves exactly like an id that does not exist
 * ({@link PlanNotFoundException}), so ids disclose nothing. A change is on disk before a method that made it returns
 * ({@link DurableCommits}): callers may acknowledge it at once.
 */
@Service
public class PlanService {
    /** Autosaves within this window after the last one fold into the same history entry. */
    static final Duration AUTOSAVE_COALESCING = Duration.ofMinutes(10);
    /** The longest version name (the column's width). */
    private static final int MAX_LABEL = 200;

    private final StoredPlanRepository plans;
    private final PlanVersionRepository versions;
    private final EditGrantRepository grants;
    private final DesignService design;
    private final CurrentAccount currentAccount;
    private final AccountNames accountNames;
    private final DurableCommits durability;
    private final Clock clock;
    private final PlannerMetrics metrics;
    private final SaveBases bases;

    PlanService(StoredPlanRepository plans, PlanVersionRepository versions, EditGrantRepository grants,
            DesignService design, CurrentAccount currentAccount, AccountNames accountNames, DurableCommits durability,
            Clock clock, PlannerMetrics metrics, SaveBases bases) {
        this.plans = plans;
        this.versions = versions;
        this.grants = grants;
        this.design = design;
        this.currentAccount = currentAccount;
        this.accountNames = accountNames;
        this.durability = durability;
        this.clock = clock;
        this.metrics = metrics;
        this.bases = bases;
    }

    /**
     * The caller's plans and the plans shared with it for editing, whose name contains {@code search} (any case),
     * most recently changed first.
     */
    @Transactional(readOnly = true)
    public List<PlanSummary> list(String search) {
        SignedInAccount account = currentAccount.require();
        String pattern = "%" + escapeLike(search == null ? "" : search.strip().toLowerCase(Locale.ROOT)) + "%";
        List<StoredPlan> found = plans.search(account.accountId(), pattern, clock.instant());
        Map<Long, String> owners = accountNames.of(found.stream().map(StoredPlan::ownerId).collect(Collectors.toSet()));
        return found.stream()
                .map(plan -> new PlanSummary(plan.id(), plan.name(), owners.get(plan.ownerId()),
                        plan.ownerId() == account.accountId(), plan.updatedAt(), plan.storeCount(), plan.flowCount(),
                        plan.warningCount()))
                .toList();
    }

    /** Whether the caller owns the plan (rather than editing it through a link); false for an inaccessible id. */
    @Transactional(readOnly = true)
    public boolean ownsPlan(UUID id) {
        return plans.findByIdAndOwnerId(id, currentAccount.require().accountId()).isPresent();
    }

    /** The username of the plan's owner, for a plan the caller may edit. */
    @Transactional(readOnly = true)
    public String ownerOf(UUID id) {
        long ownerId = editable(id).ownerId();
        return accountNames.of(List.of(ownerId)).get(ownerId);
    }

    /** Refuses with {@link PlanNotFoundException} unless the caller owns the plan: for deleting and sharing. */
    @Transactional(readOnly = true)
    public void requireOwner(UUID id) {
        owned(id);
    }

    /**
     * Gives the caller edit rights on a plan for as long as the edit link {@code shareLinkId} lives (until
     * {@code expiresAt}, or until the link is revoked). The share service calls this after checking the link; for
     * the plan's owner it changes nothing.
     */
    @Transactional
    public void grantEditing(UUID id, long shareLinkId, Instant expiresAt) {
        long accountId = currentAccount.require().accountId();
        StoredPlan plan = plans.findById(id).orElseThrow(() -> new PlanNotFoundException(id));
        if (plan.ownerId() != accountId
                && !grants.existsByPlanIdAndAccountIdAndShareLinkId(id, accountId, shareLinkId)) {
            grants.save(new EditGrant(id, accountId, shareLinkId, clock.instant(), expiresAt));
        }
    }

    /**
     * Withdraws every edit right an edit link gave, when its owner revokes it. The share service calls this after
     * checking that the caller owns the link's plan.
     */
    @Transactional
    public void withdrawGrants(long shareLinkId) {
        grants.deleteByShareLinkId(shareLinkId);
    }

    @Transactional
    public UUID createEmpty(String name) {
        return create(design.emptyPlan(name), VersionKind.CREATED);
    }

    /** Stores a new plan for the caller; the plan must be valid. */
    @Transactional
    public UUID create(Plan plan, VersionKind kind) {
        SignedInAccount account = currentAccount.require();
        return insert(account.accountId(), account.getUsername(), plan, kind);
    }

    @Transactional
    public UUID duplicate(UUID id) {
        OpenedPlan original = open(id);
        return create(original.plan().withName(copyName(original.plan().name())), VersionKind.CREATED);
    }

    @Transactional
    public void rename(UUID id, String newName) {
        OpenedPlan opened = open(id);
        save(id, opened.version(), opened.plan().withName(newName));
    }

    @Transactional
    public void delete(UUID id) {
        StoredPlan plan = owned(id);  // owner only: an edit link lets its holder change the plan, not remove it
        versions.deleteByPlanId(plan.id());
        plans.delete(plan);
        durability.beforeAcknowledging();
    }

    @Transactional(readOnly = true)
    public OpenedPlan open(UUID id) {
        return opened(editable(id));
    }

    /**
     * Saves an autosave. Refuses with {@link PlanConflictException} when the plan changed since {@code
     * expectedVersion} was loaded, and with {@link IllegalArgumentException} when the plan is invalid. The version
     * number suffices for the editor: its session ends with the server, so it never holds a number from before a
     * crash (see {@link OpenedPlan#revision()}).
     */
    @Transactional
    public OpenedPlan save(UUID id, long expectedVersion, Plan plan) {
        return store(id, expectedVersion, null, plan, VersionKind.AUTOSAVE, null);
    }

    /** Saves and records a named version the user asked for. */
    @Transactional
    public OpenedPlan saveNamedVersion(UUID id, long expectedVersion, Plan plan, String label) {
        return store(id, expectedVersion, null, plan, VersionKind.NAMED, versionLabel(label));
    }

    /**
     * Saves a named version for a client that may have outlived the server (an API caller): it must name the save
     * it changed by version and revision, and a matching number with another revision is refused like any stale
     * version, with {@link PlanConflictException}.
     */
    @Transactional
    public OpenedPlan saveNamedVersion(UUID id, long expectedVersion, UUID expectedRevision, Plan plan,
            String label) {
        return store(id, expectedVersion, expectedRevision, plan, VersionKind.NAMED, versionLabel(label));
    }

    @Transactional(readOnly = true)
    public List<VersionSummary> versions(UUID id) {
        return versions.findByPlanIdOrderByNumberDesc(editable(id).id()).stream().map(StoredPlanVersion::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public Plan version(UUID id, long versionId) {
        return design.parseStored(versionEntry(id, versionId).document());
    }

    /** Makes an earlier version the current plan again (itself recorded as a new version). */
    @Transactional
    public OpenedPlan restore(UUID id, long versionId, long expectedVersion) {
        StoredPlanVersion entry = versionEntry(id, versionId);
        return store(id, expectedVersion, null, design.parseStored(entry.document()), VersionKind.RESTORED,
                "Restored version " + entry.number());
    }

    /**
     * Names what {@link #openForCapability} would open now without reading the plan's document, for caching what
     * is derived from it: the plan's revision (new on every save) for the latest version; for a pinned version,
     * which never changes, the plan's id. Empty when the plan or the version is gone.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> capabilityStamp(UUID id, Long versionId) {
        if (versionId == null) {
            return plans.findRevisionById(id);
        }
        return versions.existsByIdAndPlanId(versionId, id) ? Optional.of(id) : Optional.empty();
    }

    /**
     * Reads a plan for the holder of a capability (a share link) without an account check: the caller must have
     * checked the capability. {@code versionId} pins a saved version; null means the latest.
     */
    @Transactional(readOnly = true)
    public OpenedPlan openForCapability(UUID id, Long versionId) {
        StoredPlan stored = plans.findById(id).orElseThrow(() -> new PlanNotFoundException(id));
        if (versionId == null) {
            return opened(stored);
        }
        StoredPlanVersion entry = versions.findByIdAndPlanId(versionId, id)
                .orElseThrow(() -> new PlanNotFoundException(id));
        return new OpenedPlan(id, design.parseStored(entry.document()), stored.version(), entry.updatedAt(),
                entry.author(), stored.revision());
    }

    /**
     * Saves an autosave that met a newer version ({@link PlanConflictException} from {@link #save}): merges
     * {@code mine}, an edit of {@code base}, with the latest version ({@link PlanMerge}) and stores the result unless
     * a conflict is left undecided. {@code decided} are the conflicts the person has decided, {@code takeTheirs}
     * those of them decided the other side's way. Merges of one plan take turns (its row is locked), so a merge
     * never meets a version newer than the one it merged with.
     */
    @Transactional
    public MergedSave saveMerging(UUID id, Plan base, Plan mine, Set<MergeConflict.Key> decided,
            Set<MergeConflict.Key> takeTheirs) {
        return merging(lockedEditable(id), base, mine, decided, takeTheirs, VersionKind.AUTOSAVE, null);
    }

    /**
     * Merges an API client's plan, an edit of the save named by {@code baseVersion} and {@code baseRevision} (its
     * ETag), with the latest version and stores the result as a named version. Refuses with
     * {@link MergeConflictException} when both changed a field differently, and with {@link PlanConflictException}
     * when that save is not one of the last {@value SaveBases#KEPT} of the plan.
     */
    @Transactional
    public MergedSave mergeNamedVersion(UUID id, long baseVersion, UUID baseRevision, Plan mine, String label) {
        StoredPlan stored = lockedEditable(id);
        String baseDocument = bases.document(id, baseVersion, baseRevision).orElseThrow(() -> {
            metrics.planConflict();
            return new PlanConflictException(id);
        });
        MergedSave merged = merging(stored, design.parseStored(baseDocument), mine, Set.of(), Set.of(),
                VersionKind.NAMED, versionLabel(label));
        if (!merged.isSaved()) {
            throw new MergeConflictException(merged.undecided(), merged.theirs());
        }
        return merged;
    }

    private MergedSave merging(StoredPlan stored, Plan base, Plan mine, Set<MergeConflict.Key> decided,
            Set<MergeConflict.Key> takeTheirs, VersionKind kind, String label) {
        UUID id = stored.id();
        OpenedPlan theirs = opened(stored);
        PlanMerge merge = PlanMerge.of(base, mine, theirs.plan(), this::storeTypeName, takeTheirs);
        List<MergeConflict> undecided = merge.conflicts().stream()
                .filter(conflict -> !decided.contains(conflict.key())).toList();
        if (!undecided.isEmpty()) {
            return new MergedSave(null, theirs, merge, undecided);
        }
        if (merge.merged().equals(theirs.plan()) && kind == VersionKind.AUTOSAVE) {
            return new MergedSave(theirs, theirs, merge, List.of());
        }
        return new MergedSave(store(id, stored.version(), null, merge.merged(), kind, label), theirs, merge,
                List.of());
    }

    private String storeTypeName(String code) {
        return design.catalog().storeType(code).map(StoreTypeSpec::displayName).orElse(code);
    }

    /** Problems a rename to {@code name} would have; empty when fine. */
    public List<Problem> nameProblems(Plan plan, String name) {
        return design.problems(plan.withName(name)).stream().filter(p -> p.path().equals("$.name")).toList();
    }

    /** For the first-start demo: stores a plan for an account without a signed-in caller. */
    @Transactional
    UUID insert(long ownerId, String author, Plan plan, VersionKind kind) {
        PlanDocument document = design.document(plan);
        Instant now = clock.instant();
        StoredPlan stored = new StoredPlan(UUID.randomUUID(), ownerId, now);
        stored.update(document, now, author);
        plans.saveAndFlush(stored);
        bases.saved(stored.id(), stored.revision(), stored.version(), document.json(), now);
        versions.save(new StoredPlanVersion(stored.id(), 1, kind, null, document.json(), author, now));
        durability.beforeAcknowledging();
        return stored.id();
    }

    /** {@code expectedRevision} null: the caller's version number cannot predate a crash (the editor). */
    private OpenedPlan store(UUID id, long expectedVersion, UUID expectedRevision, Plan plan, VersionKind kind,
            String label) {
        SignedInAccount account = currentAccount.require();
        StoredPlan stored = editable(id);
        if (stored.version() != expectedVersion
                || expectedRevision != null && !expectedRevision.equals(stored.revision())) {
            metrics.planConflict();
            throw new PlanConflictException(id);
        }
        PlanDocument document = design.document(plan);
        String removal = kind == VersionKind.AUTOSAVE ? removalLabel(stored, plan) : null;
        Instant now = clock.instant();
        stored.update(document, now, account.getUsername());
        try {
            plans.saveAndFlush(stored);
        } catch (ObjectOptimisticLockingFailureException e) {
            // Another save passed the version check at the same moment and committed first.
            metrics.planConflict();
            throw new PlanConflictException(id);
        }
        bases.saved(id, stored.revision(), stored.version(), document.json(), now);
        record(id, kind, removal != null ? removal : label, document.json(), account.getUsername(), now,
                removal != null);
        durability.beforeAcknowledging();
        metrics.planSaved();
        return opened(stored);
    }

    /**
     * "Removed ..." naming what an autosave removes from the stored plan, or null when it removes nothing. Such an
     * autosave starts a version of its own, so that the version before it still holds everything it removed.
     */
    private String removalLabel(StoredPlan stored, Plan plan) {
        List<ElementChange> removed = PlanChanges.between(design.parseStored(stored.document()), plan)
                .of(ChangeKind.REMOVED);
        if (removed.isEmpty()) {
            return null;
        }
        String label = "Removed " + removed.stream().map(change -> change.element().displayName() + " "
                + change.name()).collect(Collectors.joining(", "));
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }

    private void record(UUID planId, VersionKind kind, String label, String json, String author, Instant now,
            boolean startsVersion) {
        Optional<StoredPlanVersion> latest = versions.findFirstByPlanIdOrderByNumberDesc(planId);
        if (kind == VersionKind.AUTOSAVE && !startsVersion && latest.isPresent()
                && latest.get().kind() == VersionKind.AUTOSAVE
                && latest.get().author().equals(author)
                && latest.get().updatedAt().plus(AUTOSAVE_COALESCING).isAfter(now)) {
            latest.get().coalesce(json, now);
            return;
        }
        int number = latest.map(StoredPlanVersion::number).orElse(0) + 1;
        versions.save(new StoredPlanVersion(planId, number, kind, label, json, author, now));
    }

    /** A plan the caller owns or holds an active edit grant for. */
    private StoredPlan editable(UUID id) {
        SignedInAccount account = currentAccount.require();
        return plans.findById(id)
                .filter(plan -> plan.ownerId() == account.accountId()
                        || grants.isActive(id, account.accountId(), clock.instant()))
                .orElseThrow(() -> new PlanNotFoundException(id));
    }

    /**
     * {@link #editable}, its row locked until the transaction ends. Locked before anything else reads it: a copy
     * read earlier in the transaction would be older than the one the lock returns.
     */
    private StoredPlan lockedEditable(UUID id) {
        SignedInAccount account = currentAccount.require();
        return plans.findForUpdate(id)
                .filter(plan -> plan.ownerId() == account.accountId()
                        || grants.isActive(id, account.accountId(), clock.instant()))
                .orElseThrow(() -> new PlanNotFoundException(id));
    }

    private StoredPlan owned(UUID id) {
        long owner = currentAccount.require().accountId();
        return plans.findByIdAndOwnerId(id, owner).orElseThrow(() -> new PlanNotFoundException(id));
    }

    private StoredPlanVersion versionEntry(UUID id, long versionId) {
        return versions.findByIdAndPlanId(versionId, editable(id).id())
                .orElseThrow(() -> new PlanNotFoundException(id));
    }

    private OpenedPlan opened(StoredPlan stored) {
        return new OpenedPlan(stored.id(), design.parseStored(stored.document()), stored.version(),
                stored.updatedAt(), stored.updatedBy(), stored.revision());
    }

    private static String versionLabel(String label) {
        String problem = PlainText.problem(label);
        if (problem != null || label == null || label.isBlank() || label.length() > 200) {
            throw new IllegalArgumentException("Version name "
                    + (problem != null ? problem : "must be 1-200 characters"));
        }
        return label.strip();
    }

    private static String copyName(String name) {
        String copy = name + " (copy)";
        return copy.length() > 512 ? name : copy;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
