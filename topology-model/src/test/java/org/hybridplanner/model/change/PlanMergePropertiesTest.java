package org.hybridplanner.model.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the three-way merge over seeded random plans and edits ({@link GeneratedEdits}): 300 seeds per
 * property, each a different plan and a different series of edits. A failure names its seed, which replays it.
 */
class PlanMergePropertiesTest {
    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mergingDisjointEditsKeepsEveryChangeOfBothSides(long seed) {
        GeneratedEdits generate = new GeneratedEdits(seed);
        Plan base = generate.plan();
        Map<String, Boolean> ownedByA = generate.ownership(base);
        Predicate<String> ownsA = owner(ownedByA, true, "a-");
        Predicate<String> ownsB = owner(ownedByA, false, "b-");
        Plan mine = edits(generate, base, ownsA, "a-");
        Plan theirs = edits(generate, base, ownsB, "b-");

        PlanMerge merge = PlanMerge.of(base, mine, theirs);

        assertThat(merge.conflicts()).isEmpty();
        Plan merged = merge.merged();
        assertThat(byKey(merged.locations(), Location::id)).isEqualTo(expected(base.locations(), mine.locations(),
                theirs.locations(), Location::id, ownsA));
        assertThat(byKey(merged.dataStores(), DataStore::id)).isEqualTo(expected(base.dataStores(),
                mine.dataStores(), theirs.dataStores(), DataStore::id, ownsA));
        assertThat(byKey(merged.flows(), Flow::id)).isEqualTo(expected(base.flows(), mine.flows(), theirs.flows(),
                Flow::id, ownsA));
        assertThat(byKey(KeyedLink.of(merged.links()), KeyedLink::key)).isEqualTo(expected(
                KeyedLink.of(base.links()), KeyedLink.of(mine.links()), KeyedLink.of(theirs.links()),
                KeyedLink::key, ownsA));
        Function<String, Plan> settingsOwner = field -> ownsA.test("settings:" + field) ? mine : theirs;
        assertThat(merged.name()).isEqualTo(settingsOwner.apply("PLAN_NAME").name());
        assertThat(merged.dataFactory().name()).isEqualTo(settingsOwner.apply("FACTORY_NAME").dataFactory().name());
        assertThat(merged.dataFactory().region()).isEqualTo(settingsOwner.apply("REGION").dataFactory().region());
        assertThat(merged.dataFactory().endpointStyle())
                .isEqualTo(settingsOwner.apply("ENDPOINT_STYLE").dataFactory().endpointStyle());
        assertThat(merged.runtime().autoUpdate()).isEqualTo(settingsOwner.apply("AUTO_UPDATE").runtime().autoUpdate());
        assertThat(merged.credentials().keyVaultName())
                .isEqualTo(settingsOwner.apply("KEY_VAULT_NAME").credentials().keyVaultName());
        assertThat(merge.incoming()).isEqualTo(PlanChanges.between(mine, merged));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mergingWithTheirSideUnchangedGivesMine(long seed) {
        GeneratedEdits generate = new GeneratedEdits(seed);
        Plan base = generate.plan();
        Plan mine = edits(generate, base, any -> true, "a-");

        PlanMerge merge = PlanMerge.of(base, mine, base);

        assertThat(merge.merged()).isEqualTo(mine);
        assertThat(merge.conflicts()).isEmpty();
        assertThat(merge.incoming().isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mergingWithMySideUnchangedGivesTheirs(long seed) {
        GeneratedEdits generate = new GeneratedEdits(seed);
        Plan base = generate.plan();
        Plan theirs = edits(generate, base, any -> true, "b-");

        PlanMerge merge = PlanMerge.of(base, base, theirs);

        assertThat(merge.merged()).isEqualTo(theirs);
        assertThat(merge.conflicts()).isEmpty();
        assertThat(merge.incoming()).isEqualTo(PlanChanges.between(base, theirs));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void changingTheSameFieldDifferentlyConflictsWithBothValues(long seed) {
        GeneratedEdits generate = new GeneratedEdits(seed);
        Plan base = generate.plan();
        DataStore store = generate.pick(base.dataStores());
        String mineType = generate.pick(GeneratedEdits.STORE_TYPES.stream().filter(t -> !t.equals(store.type()))
                .toList());
        String theirType = generate.pick(GeneratedEdits.STORE_TYPES.stream().filter(t -> !t.equals(store.type())
                && !t.equals(mineType)).toList());
        Plan mine = withStore(base, new DataStore(store.id(), store.name(), mineType, store.location()));
        Plan theirs = withStore(base, new DataStore(store.id(), store.name(), theirType, store.location()));

        PlanMerge merge = PlanMerge.of(base, mine, theirs);

        assertThat(merge.conflicts()).containsExactly(new MergeConflict(ConflictKind.SAME_FIELD,
                ElementKind.DATA_STORE, store.id(), store.name(), PlanField.STORE_TYPE, store.type(), mineType,
                theirType));
        assertThat(merge.merged()).isEqualTo(mine);
        PlanMerge theirsChosen = PlanMerge.of(base, mine, theirs, code -> code,
                Set.of(merge.conflicts().getFirst().key()));
        assertThat(theirsChosen.merged()).isEqualTo(theirs);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyTwoEditsMergeIntoAPlanWhoseReferencesAllResolveWhicheverWayConflictsAreDecided(long seed) {
        GeneratedEdits generate = new GeneratedEdits(seed);
        Plan base = generate.plan();
        Plan mine = edits(generate, base, any -> true, "a-");
        Plan theirs = edits(generate, base, any -> true, "b-");

        PlanMerge mineWins = PlanMerge.of(base, mine, theirs);
        Set<MergeConflict.Key> all = mineWins.conflicts().stream().map(MergeConflict::key)
                .collect(Collectors.toSet());
        PlanMerge theirsWin = PlanMerge.of(base, mine, theirs, code -> code, all);

        assertReferencesResolve(mineWins.merged());
        assertReferencesResolve(theirsWin.merged());
        // Which removed elements come back may differ with the choices; the fields in conflict do not.
        assertThat(theirsWin.conflicts()).filteredOn(conflict -> conflict.kind() == ConflictKind.SAME_FIELD)
                .isEqualTo(mineWins.conflicts().stream().filter(c -> c.kind() == ConflictKind.SAME_FIELD).toList());
    }

    private static void assertReferencesResolve(Plan plan) {
        Set<String> locations = plan.locations().stream().map(Location::id).collect(Collectors.toSet());
        Set<String> stores = plan.dataStores().stream().map(DataStore::id).collect(Collectors.toSet());
        assertThat(plan.dataStores()).allSatisfy(store -> assertThat(locations).contains(store.location()));
        assertThat(plan.links()).allSatisfy(link -> assertThat(locations).containsAll(link.between()));
        assertThat(plan.flows()).allSatisfy(flow -> assertThat(stores).contains(flow.source(), flow.sink()));
        assertThat(new HashSet<>(stores)).hasSameSizeAs(plan.dataStores());
    }

    private static Plan edits(GeneratedEdits generate, Plan base, Predicate<String> owns, String prefix) {
        Plan plan = base;
        int count = 1 + generate.random().nextInt(6);
        for (int i = 0; i < count; i++) {
            plan = generate.edit(plan, owns, prefix);
        }
        return plan;
    }

    /** Owned by a side: given to it, added by it, or a link it added between two locations it owns. */
    private static Predicate<String> owner(Map<String, Boolean> ownedByA, boolean sideA, String prefix) {
        return new Predicate<>() {
            @Override
            public boolean test(String key) {
                Boolean a = ownedByA.get(key);
                if (a != null) {
                    return a == sideA;
                }
                if (key.contains(" ↔ ")) {
                    String[] ends = key.split(" ↔ ");
                    return test(ends[0]) && test(ends[1]);
                }
                return key.startsWith(prefix);
            }
        };
    }

    /** Each element as the side that owns it left it (absent when that side removed it). */
    private static <E> Map<String, E> expected(List<E> base, List<E> mine, List<E> theirs, Function<E, String> key,
            Predicate<String> ownsA) {
        Map<String, E> expected = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>(byKey(base, key).keySet());
        keys.addAll(byKey(mine, key).keySet());
        keys.addAll(byKey(theirs, key).keySet());
        for (String k : keys) {
            E element = byKey(ownsA.test(k) ? mine : theirs, key).get(k);
            if (element != null) {
                expected.put(k, element);
            }
        }
        return expected;
    }

    private static <E> Map<String, E> byKey(List<E> elements, Function<E, String> key) {
        return elements.stream().collect(Collectors.toMap(key, e -> e));
    }

    private static Plan withStore(Plan plan, DataStore changed) {
        return GeneratedEdits.withStores(plan, plan.dataStores().stream()
                .map(store -> store.id().equals(changed.id()) ? changed : store).toList());
    }
}
