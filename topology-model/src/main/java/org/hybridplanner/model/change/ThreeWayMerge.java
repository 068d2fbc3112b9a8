package org.hybridplanner.model.change;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.hybridplanner.model.CredentialOptions;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanLayout;
import org.hybridplanner.model.Position;
import org.hybridplanner.model.RuntimeOptions;

/** One run of {@link PlanMerge}: the three plans, the choices made so far, and the conflicts found. */
final class ThreeWayMerge {
    private static final String SETTINGS_ID = "";

    private static final ElementType<Location> LOCATIONS = new ElementType<>(ElementKind.LOCATION, Location::id,
            location -> List.of(), (plan, location) -> location.name(), MergeFields.LOCATION);
    private static final ElementType<KeyedLink> LINKS = new ElementType<>(ElementKind.LINK, KeyedLink::key,
            keyed -> keyed.link().between(), (plan, keyed) -> ElementNames.link(plan, keyed.link()), MergeFields.LINK);
    private static final ElementType<DataStore> STORES = new ElementType<>(ElementKind.DATA_STORE, DataStore::id,
            store -> List.of(store.location()), (plan, store) -> store.name(), MergeFields.STORE);
    private static final ElementType<Flow> FLOWS = new ElementType<>(ElementKind.FLOW, Flow::id,
            flow -> List.of(flow.source(), flow.sink()),
            (plan, flow) -> ElementNames.store(plan, flow.source()) + " → " + ElementNames.store(plan, flow.sink()), MergeFields.FLOW);

    private final Plan base;
    private final Plan mine;
    private final Plan theirs;
    private final UnaryOperator<String> storeTypeName;
    private final Set<MergeConflict.Key> takeTheirs;
    private final List<MergeConflict> conflicts = new ArrayList<>();
    /** Removal conflicts decided so far: true when the element stays. */
    private final Map<MergeConflict.Key, Boolean> kept = new HashMap<>();

    ThreeWayMerge(Plan base, Plan mine, Plan theirs, UnaryOperator<String> storeTypeName,
            Set<MergeConflict.Key> takeTheirs) {
        this.base = base;
        this.mine = mine;
        this.theirs = theirs;
        this.storeTypeName = storeTypeName;
        this.takeTheirs = Set.copyOf(takeTheirs);
    }

    PlanMerge run() {
        String name = (String) merge(ElementKind.SETTINGS, SETTINGS_ID, base.name(), mine.name(), theirs.name(),
                SETTINGS_NAME);
        int schemaVersion = Math.max(mine.schemaVersion(), theirs.schemaVersion());
        DataFactory factory = merge(ElementKind.SETTINGS, SETTINGS_ID, base.dataFactory(), mine.dataFactory(),
                theirs.dataFactory(), MergeFields.FACTORY);
        RuntimeOptions runtime = merge(ElementKind.SETTINGS, SETTINGS_ID, base.runtime(), mine.runtime(),
                theirs.runtime(), MergeFields.RUNTIME);
        CredentialOptions credentials = merge(ElementKind.SETTINGS, SETTINGS_ID, base.credentials(),
                mine.credentials(), theirs.credentials(), MergeFields.CREDENTIALS);

        Listed<Location> locations = listed(LOCATIONS, base.locations(), mine.locations(), theirs.locations());
        Listed<KeyedLink> links = listed(LINKS, KeyedLink.of(base.links()), KeyedLink.of(mine.links()),
                KeyedLink.of(theirs.links()));
        Listed<DataStore> stores = listed(STORES, base.dataStores(), mine.dataStores(), theirs.dataStores());
        Listed<Flow> flows = listed(FLOWS, base.flows(), mine.flows(), theirs.flows());
        // An element one side removed may still be used by what the other side added or changed: keep it, or drop
        // what uses it, until every reference resolves.
        boolean changed;
        do {
            changed = resolveReferences(flows, stores);
            changed |= resolveReferences(stores, locations);
            changed |= resolveReferences(links, locations);
        } while (changed);

        Plan unplaced = new Plan(schemaVersion, name, factory, locations.ordered(), links.ordered().stream()
                .map(KeyedLink::link).toList(), stores.ordered(), flows.ordered(), runtime, credentials);
        PlanLayout layout = new PlanLayout(
                positions(base.layout().locations(), mine.layout().locations(), theirs.layout().locations()),
                positions(base.layout().dataStores(), mine.layout().dataStores(), theirs.layout().dataStores()));
        Plan merged = unplaced.withLayout(layout.keptFor(unplaced));
        conflicts.sort(Comparator.comparing(MergeConflict::element));
        return new PlanMerge(merged, PlanChanges.between(mine, merged, storeTypeName), conflicts);
    }

    /**
     * Positions merge one by one: a position only the other side moved comes in; when both moved it, the saver's
     * stays. Positions never conflict: they change no recommendation, and the saver can drag again.
     */
    private static Map<String, Position> positions(Map<String, Position> base, Map<String, Position> mine,
            Map<String, Position> theirs) {
        Map<String, Position> merged = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>(mine.keySet());
        ids.addAll(theirs.keySet());
        for (String id : ids) {
            Position kept = Objects.equals(mine.get(id), base.get(id)) ? theirs.get(id) : mine.get(id);
            if (kept != null) {
                merged.put(id, kept);
            }
        }
        return merged;
    }

    // ---- one element, field by field -----------------------------------------------------------------------------

    private static final List<MergeField<String>> SETTINGS_NAME = List.of(
            MergeField.shown(PlanField.PLAN_NAME, name -> name, (name, value) -> (String) value, Wording::text));

    /**
     * One element both sides have (or both added: {@code was} null). When only one side changed it, that side's
     * element is taken whole; when both did, field by field, starting from the saving side's element.
     */
    private <E> E merge(ElementKind kind, String id, E was, E my, E their, List<MergeField<E>> fields) {
        if (my.equals(their) || was != null && was.equals(their)) {
            return my;
        }
        if (was != null && was.equals(my)) {
            return their;
        }
        MergeConflict.Key anyField = null;
        E result = my;
        for (MergeField<E> field : fields) {
            Object myValue = field.value().apply(my);
            Object theirValue = field.value().apply(their);
            if (Objects.equals(myValue, theirValue)) {
                continue;
            }
            Object wasValue = was == null ? null : field.value().apply(was);
            if (was != null && Objects.equals(wasValue, myValue)) {
                result = field.with().apply(result, theirValue);
            } else if (was != null && Objects.equals(wasValue, theirValue) || field.field() == null) {
                continue;
            } else {
                anyField = new MergeConflict.Key(kind, id, field.field());
                conflicts.add(new MergeConflict(ConflictKind.SAME_FIELD, kind, id, conflictName(kind, my, their),
                        field.field(), was == null ? Wording.NONE : field.words().apply(words(base), wasValue),
                        field.words().apply(words(mine), myValue), field.words().apply(words(theirs), theirValue)));
                if (takeTheirs.contains(anyField)) {
                    result = field.with().apply(result, theirValue);
                }
            }
        }
        return result;
    }

    private String conflictName(ElementKind kind, Object my, Object their) {
        return switch (my) {
            case Location location -> location.name();
            case DataStore store -> store.name();
            case KeyedLink keyed -> ElementNames.link(mine, keyed.link());
            case Flow flow -> FLOWS.name().apply(mine, flow);
            default -> kind == ElementKind.SETTINGS ? mine.name() : String.valueOf(their);
        };
    }

    // ---- lists of elements ---------------------------------------------------------------------------------------

    /** The merged elements of one kind, and those one side removed that the other side kept. */
    private final class Listed<E> {
        final ElementType<E> type;
        final List<E> mineOrder;
        final List<E> theirsOrder;
        final Map<String, E> included = new HashMap<>();
        /** Removed by one side and gone from the merge: the other side's element, should it be needed after all. */
        final Map<String, Removed<E>> removed = new HashMap<>();

        Listed(ElementType<E> type, List<E> mineOrder, List<E> theirsOrder) {
            this.type = type;
            this.mineOrder = mineOrder;
            this.theirsOrder = theirsOrder;
        }

        /**
         * The saving side's order; an element only the other side has follows the element it follows there (or
         * comes first), so that merging with an unchanged side gives the other side's plan exactly.
         */
        List<E> ordered() {
            Map<String, List<E>> after = new HashMap<>();
            List<E> first = new ArrayList<>();
            Set<String> inMine = mineOrder.stream().map(type.key()).collect(Collectors.toSet());
            String anchor = null;
            for (E element : theirsOrder) {
                String key = type.key().apply(element);
                if (inMine.contains(key)) {
                    anchor = key;
                } else if (included.containsKey(key)) {
                    (anchor == null ? first : after.computeIfAbsent(anchor, any -> new ArrayList<>()))
                            .add(included.get(key));
                }
            }
            List<E> ordered = new ArrayList<>(first);
            for (E element : mineOrder) {
                String key = type.key().apply(element);
                E merged = included.get(key);
                if (merged != null) {
                    ordered.add(merged);
                }
                ordered.addAll(after.getOrDefault(key, List.of()));
            }
            return ordered;
        }
    }

    private record Removed<E>(E keptBy, boolean removedByMine) {
    }

    private <E> Listed<E> listed(ElementType<E> type, List<E> was, List<E> my, List<E> their) {
        Map<String, E> wasByKey = byKey(type.key(), was);
        Map<String, E> myByKey = byKey(type.key(), my);
        Map<String, E> theirByKey = byKey(type.key(), their);
        Listed<E> listed = new Listed<>(type, my, their);
        Set<String> keys = new java.util.LinkedHashSet<>(myByKey.keySet());
        keys.addAll(theirByKey.keySet());
        for (String key : keys) {
            E b = wasByKey.get(key);
            E m = myByKey.get(key);
            E t = theirByKey.get(key);
            if (m != null && t != null) {
                listed.included.put(key, merge(type.kind(), key, b, m, t, type.fields()));
            } else if (b == null) {
                listed.included.put(key, m != null ? m : t);  // added by one side
            } else if (m != null) {
                removedByOneSide(listed, key, b, m, false);
            } else {
                removedByOneSide(listed, key, b, t, true);
            }
        }
        return listed;
    }

    /** {@code other} is the element on the side that did not remove it; when that side changed it, they conflict. */
    private <E> void removedByOneSide(Listed<E> listed, String key, E was, E other, boolean removedByMine) {
        boolean stays = false;
        if (!was.equals(other)) {
            MergeConflict.Key conflict = new MergeConflict.Key(listed.type.kind(), key, null);
            String changes = "changed: " + changes(listed.type, was, other, removedByMine ? theirs : mine);
            stays = removalConflict(conflict, listed.type.name().apply(removedByMine ? theirs : mine, other),
                    removedByMine, changes);
        }
        if (stays) {
            listed.included.put(key, other);
        } else {
            listed.removed.put(key, new Removed<>(other, removedByMine));
        }
    }

    /** Records a removal conflict once and answers whether the element stays: by default, as the saving side has it. */
    private boolean removalConflict(MergeConflict.Key key, String name, boolean removedByMine, String otherSide) {
        return kept.computeIfAbsent(key, any -> {
            conflicts.add(new MergeConflict(ConflictKind.REMOVED_AND_CHANGED, key.element(), key.id(), name, null,
                    "present", removedByMine ? "removed" : otherSide, removedByMine ? otherSide : "removed"));
            return removedByMine == takeTheirs.contains(key);
        });
    }

    private <E> String changes(ElementType<E> type, E was, E is, Plan isIn) {
        Wording before = words(base);
        Wording after = words(isIn);
        List<String> fields = new ArrayList<>();
        for (MergeField<E> field : type.fields()) {
            Object wasValue = field.value().apply(was);
            Object isValue = field.value().apply(is);
            if (field.field() != null && !Objects.equals(wasValue, isValue)) {
                fields.add(field.field().displayName() + " " + field.words().apply(before, wasValue) + " → "
                        + field.words().apply(after, isValue));
            }
        }
        return fields.isEmpty() ? "details" : String.join("; ", fields);
    }

    /**
     * Elements of {@code users} that refer to a target missing from the merge: the target was removed by one side
     * and is used by what the other side added or changed. A conflict; the target comes back, or its users go.
     */
    private <U, T> boolean resolveReferences(Listed<U> users, Listed<T> targets) {
        Map<String, List<String>> usersByMissingTarget = new LinkedHashMap<>();
        users.included.forEach((key, user) -> users.type.references().apply(user).stream()
                .filter(target -> !targets.included.containsKey(target))
                .forEach(target -> usersByMissingTarget.computeIfAbsent(target, any -> new ArrayList<>()).add(key)));
        if (usersByMissingTarget.isEmpty()) {
            return false;
        }
        usersByMissingTarget.forEach((target, listed) -> {
            // A user may already have gone with another target it used.
            List<String> userKeys = listed.stream().filter(users.included::containsKey).toList();
            if (userKeys.isEmpty()) {
                return;
            }
            Removed<T> removal = targets.removed.get(target);
            boolean stays = false;
            if (removal != null) {
                Plan keeping = removal.removedByMine() ? theirs : mine;
                String usedBy = "kept, used by " + userKeys.stream().map(key -> users.type.kind().displayName() + " "
                        + users.type.name().apply(keeping, users.included.get(key)))
                        .collect(Collectors.joining(", "));
                stays = removalConflict(new MergeConflict.Key(targets.type.kind(), target, null),
                        targets.type.name().apply(keeping, removal.keptBy()), removal.removedByMine(), usedBy);
            }
            if (stays) {
                targets.included.put(target, removal.keptBy());
                targets.removed.remove(target);
            } else {
                // Dropped with what they use, and not restorable: their own users go with them.
                userKeys.forEach(users.included::remove);
            }
        });
        return true;
    }

    // ---- words ---------------------------------------------------------------------------------------------------

    private Wording words(Plan plan) {
        return new Wording(plan, storeTypeName);
    }

    private static <E> Map<String, E> byKey(Function<E, String> key, Collection<E> elements) {
        Map<String, E> byKey = new HashMap<>(elements.size() * 2);
        elements.forEach(element -> byKey.putIfAbsent(key.apply(element), element));
        return byKey;
    }



}
