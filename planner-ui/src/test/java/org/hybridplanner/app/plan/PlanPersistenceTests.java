package org.hybridplanner.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What plan storage must guarantee, run against each database the planner supports (H2 and PostgreSQL): the
 * document survives a round trip, history coalesces autosaves, stale saves are refused, and another account's plan
 * is invisible.
 */
abstract class PlanPersistenceTests {
    @Autowired
    ApplicationContext context;
    @Autowired
    PlanService plans;
    @Autowired
    DesignService design;
    @Autowired
    MutableClock clock;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactions;

    long alice;
    long bob;

    @BeforeEach
    void signInAlice() {
        alice = AccountFixtures.account(context, "alice", Role.USER);
        bob = AccountFixtures.account(context, "bob", Role.USER);
        AccountFixtures.signIn(alice, "alice", Role.USER);
    }

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    @Test
    void storesThePlanDocumentWithIndexedColumnsForTheList() {
        UUID id = plans.create(design.demoPlan(), VersionKind.CREATED);

        OpenedPlan opened = plans.open(id);
        assertThat(opened.plan()).isEqualTo(design.demoPlan());
        PlanSummary row = plans.list("").stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        assertThat(row.flows()).isEqualTo(design.demoPlan().flows().size());
        assertThat(row.stores()).isEqualTo(design.demoPlan().dataStores().size());
        assertThat(row.warnings()).isEqualTo(design.design(design.demoPlan()).recommendation().warnings().size());
        assertThat(row.owner()).isEqualTo("alice");
    }

    @Test
    void searchMatchesNamesInAnyCaseAndTreatsWildcardsLiterally() {
        plans.create(design.emptyPlan("Contoso estate"), VersionKind.CREATED);
        plans.create(design.emptyPlan("Fabrikam 100% cloud"), VersionKind.CREATED);

        assertThat(plans.list("CONTOSO")).extracting(PlanSummary::name).containsExactly("Contoso estate");
        assertThat(plans.list("100%")).extracting(PlanSummary::name).containsExactly("Fabrikam 100% cloud");
        assertThat(plans.list("_")).isEmpty();
    }

    @Test
    void coalescesAutosavesButKeepsNamedVersions() {
        UUID id = plans.createEmpty("History");
        OpenedPlan opened = plans.open(id);
        Plan first = opened.plan().withName("History 1");
        OpenedPlan saved = plans.save(id, opened.version(), first);
        clock.advance(Duration.ofSeconds(30));
        saved = plans.save(id, saved.version(), first.withName("History 2"));
        saved = plans.saveNamedVersion(id, saved.version(), saved.plan(), "Reviewed");
        clock.advance(PlanService.AUTOSAVE_COALESCING.plusMinutes(1));
        plans.save(id, saved.version(), first.withName("History 3"));

        List<VersionSummary> history = plans.versions(id);
        assertThat(history).extracting(VersionSummary::kind).containsExactly(VersionKind.AUTOSAVE,
                VersionKind.NAMED, VersionKind.AUTOSAVE, VersionKind.CREATED);
        assertThat(plans.version(id, history.get(2).id()).name()).isEqualTo("History 2");
        assertThat(history.get(1).label()).isEqualTo("Reviewed");
    }

    @Test
    void anAutosaveThatRemovesAnElementStartsAVersionNamingWhatItRemoved() {
        UUID id = plans.create(design.demoPlan(), VersionKind.CREATED);
        OpenedPlan opened = plans.open(id);
        Plan renamed = opened.plan().withName("Estate, renamed");
        OpenedPlan saved = plans.save(id, opened.version(), renamed);
        clock.advance(Duration.ofSeconds(30));
        Plan withoutFlow = new Plan(renamed.schemaVersion(), renamed.name(), renamed.dataFactory(),
                renamed.locations(), renamed.links(), renamed.dataStores(), renamed.flows().subList(1,
                        renamed.flows().size()), renamed.runtime(), renamed.credentials());
        saved = plans.save(id, saved.version(), withoutFlow);
        clock.advance(Duration.ofSeconds(30));
        plans.save(id, saved.version(), withoutFlow.withName("Estate, renamed again"));

        List<VersionSummary> history = plans.versions(id);
        assertThat(history).extracting(VersionSummary::kind).containsExactly(VersionKind.AUTOSAVE,
                VersionKind.AUTOSAVE, VersionKind.CREATED);
        assertThat(history.get(0).label()).isEqualTo("Removed flow Orders (SQL Server) → Enterprise warehouse "
                + "(Synapse)");
        Plan beforeRemoval = plans.version(id, history.get(1).id());
        assertThat(beforeRemoval.name()).as("the edit before the removal has a version without it")
                .isEqualTo("Estate, renamed");
        assertThat(beforeRemoval.flows()).hasSize(renamed.flows().size());
        assertThat(plans.version(id, history.get(0).id()).name()).as("later autosaves fold into the removal's")
                .isEqualTo("Estate, renamed again");
    }

    @Test
    void restoresAnEarlierVersionAsANewVersion() {
        UUID id = plans.createEmpty("Before");
        OpenedPlan opened = plans.open(id);
        OpenedPlan saved = plans.save(id, opened.version(), opened.plan().withName("After"));
        long createdVersion = plans.versions(id).getLast().id();

        OpenedPlan restored = plans.restore(id, createdVersion, saved.version());

        assertThat(restored.plan().name()).isEqualTo("Before");
        assertThat(plans.versions(id).getFirst().kind()).isEqualTo(VersionKind.RESTORED);
    }

    @Test
    void refusesASaveBasedOnAStaleVersion() {
        UUID id = plans.createEmpty("Shared");
        OpenedPlan both = plans.open(id);
        plans.save(id, both.version(), both.plan().withName("First window"));

        assertThatThrownBy(() -> plans.save(id, both.version(), both.plan().withName("Second window")))
                .isInstanceOf(PlanConflictException.class);
        assertThat(plans.open(id).plan().name()).isEqualTo("First window");
    }

    @Test
    void refusesASaveThatNamesTheCurrentVersionNumberWithTheRevisionOfAnotherSave() {
        UUID id = plans.createEmpty("Numbered");
        OpenedPlan created = plans.open(id);
        OpenedPlan first = plans.saveNamedVersion(id, created.version(), created.revision(),
                created.plan().withName("First"), "First");
        // As after a crash that lost a save: the number the client holds is current again, from another save.
        assertThatThrownBy(() -> plans.saveNamedVersion(id, first.version(), created.revision(),
                created.plan().withName("Overwrite"), "Stale")).isInstanceOf(PlanConflictException.class);

        OpenedPlan second = plans.saveNamedVersion(id, first.version(), first.revision(),
                first.plan().withName("Second"), "Second");

        assertThat(first.revision()).isNotEqualTo(created.revision());
        assertThat(second.revision()).isNotIn(created.revision(), first.revision());
        assertThat(plans.open(id).plan().name()).isEqualTo("Second");
    }

    @Test
    void anotherAccountCannotSeeOrChangeAPlanEvenByItsId() {
        UUID id = plans.createEmpty("Alice's");
        OpenedPlan opened = plans.open(id);
        AccountFixtures.signIn(bob, "bob", Role.USER);

        assertThat(plans.list("")).extracting(PlanSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> plans.open(id)).isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> plans.save(id, opened.version(), opened.plan().withName("Bob's now")))
                .isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> plans.rename(id, "Bob's now")).isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> plans.delete(id)).isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> plans.versions(id)).isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> plans.duplicate(id)).isInstanceOf(PlanNotFoundException.class);

        AccountFixtures.signIn(alice, "alice", Role.USER);
        assertThat(plans.open(id).plan().name()).isEqualTo("Alice's");
    }

    @Test
    void refusesToStoreAnInvalidPlan() {
        UUID id = plans.createEmpty("Valid");
        OpenedPlan opened = plans.open(id);

        assertThatThrownBy(() -> plans.save(id, opened.version(), opened.plan().withName("<script>x</script>")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$.name");
        assertThat(plans.open(id).plan().name()).isEqualTo("Valid");
    }

    @Test
    void deletesAPlanWithItsHistory() {
        UUID id = plans.createEmpty("Doomed");
        plans.delete(id);

        assertThatThrownBy(() -> plans.open(id)).isInstanceOf(PlanNotFoundException.class);
    }

    @Test
    void anEditGrantLetsAnotherAccountEditButNotDeleteWhileItsLinkLives() {
        UUID id = plans.create(design.demoPlan(), VersionKind.CREATED);
        Instant tomorrow = clock.instant().plus(Duration.ofDays(1));
        long link = storedShareLink(id, tomorrow);
        AccountFixtures.signIn(bob, "bob", Role.USER);
        assertThatThrownBy(() -> plans.open(id)).isInstanceOf(PlanNotFoundException.class);

        plans.grantEditing(id, link, tomorrow);
        OpenedPlan opened = plans.open(id);
        OpenedPlan saved = plans.save(id, opened.version(), opened.plan().withName("Bob's edit"));
        assertThatThrownBy(() -> plans.save(id, opened.version(), opened.plan().withName("Stale")))
                .isInstanceOf(PlanConflictException.class);
        plans.saveNamedVersion(id, saved.version(), saved.plan(), "Reviewed by Bob");
        assertThat(plans.versions(id).getFirst().author()).isEqualTo("bob");
        PlanSummary row = plans.list("bob").stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        assertThat(row.owner()).isEqualTo("alice");
        assertThat(row.yours()).isFalse();
        assertThat(plans.ownsPlan(id)).isFalse();
        assertThatThrownBy(() -> plans.delete(id)).isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> plans.requireOwner(id)).isInstanceOf(PlanNotFoundException.class);

        clock.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> plans.open(id)).as("expired with its link").isInstanceOf(PlanNotFoundException.class);
        assertThat(plans.list("")).extracting(PlanSummary::id).doesNotContain(id);

        long lasting = storedShareLink(id, null);
        plans.grantEditing(id, lasting, null);
        assertThat(plans.open(id).plan().name()).isEqualTo("Bob's edit");
        plans.withdrawGrants(lasting);
        assertThatThrownBy(() -> plans.open(id)).as("revoked").isInstanceOf(PlanNotFoundException.class);

        AccountFixtures.signIn(alice, "alice", Role.USER);
        assertThat(plans.ownsPlan(id)).isTrue();
        plans.grantEditing(id, lasting, null);
        assertThat(plans.list("")).filteredOn(p -> p.id().equals(id)).singleElement()
                .satisfies(p -> assertThat(p.yours()).isTrue());
    }

    /** A share link row as the share service stores it (this slice has plan storage only). */
    private long storedShareLink(UUID planId, Instant expiresAt) {
        String hash = UUID.randomUUID().toString().replace("-", "");
        String insert = "insert into share_link (plan_id, token_hash, access, created_at, expires_at, use_count) "
                + "values (?, ?, 'EDIT', ?, ?, 0)";
        new TransactionTemplate(transactions).executeWithoutResult(status -> entityManager.createNativeQuery(insert)
                .setParameter(1, planId).setParameter(2, hash).setParameter(3, clock.instant())
                .setParameter(4, expiresAt).executeUpdate());
        return ((Number) entityManager.createNativeQuery("select id from share_link where token_hash = ?")
                .setParameter(1, hash).getSingleResult()).longValue();
    }
}
