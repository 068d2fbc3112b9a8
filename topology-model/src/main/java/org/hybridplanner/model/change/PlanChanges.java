package org.hybridplanner.model.change;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.hybridplanner.model.CredentialOptions;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.RuntimeOptions;

/**
 * The differences between an earlier and a later plan, element by element: the plan's settings first, then
 * locations, links, data stores and flows; within each kind the later plan's order (added and changed elements),
 * then the removed ones in the earlier plan's order.
 *
 * <p>Elements are matched by id (a link, which has none, by its two ends and its place among links joining the
 * same two locations). An element whose id was changed therefore shows as removed and added.
 *
 * @param changes every difference, in the order above; empty when the plans describe the same thing
 */
public record PlanChanges(List<ElementChange> changes) {
    public PlanChanges {
        changes = List.copyOf(changes);
    }

    /** The changes from {@code before} to {@code after}, with store types as their catalog codes. */
    public static PlanChanges between(Plan before, Plan after) {
        return between(before, after, UnaryOperator.identity());
    }

    /**
     * The changes from {@code before} to {@code after}.
     *
     * @param storeTypeName the words for a store type code (for example from the catalog's display names)
     */
    public static PlanChanges between(Plan before, Plan after, UnaryOperator<String> storeTypeName) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return new Comparison(before, after, storeTypeName).changes();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Whether the later plan lacks an element the earlier one had: an edit that destroys something. */
    public boolean removesElements() {
        return changes.stream().anyMatch(change -> change.change() == ChangeKind.REMOVED);
    }

    /** The changes of one kind, in order. */
    public List<ElementChange> of(ChangeKind kind) {
        return changes.stream().filter(change -> change.change() == kind).toList();
    }

    /** The changes to one kind of element, in order. */
    public List<ElementChange> of(ElementKind element) {
        return changes.stream().filter(change -> change.element() == element).toList();
    }

    /** One comparison: both plans and the words for store types. */
    private record Comparison(Plan before, Plan after, UnaryOperator<String> storeTypeName) {
        PlanChanges changes() {
            List<ElementChange> changes = new ArrayList<>();
            settings(changes);
            compare(changes, ElementKind.LOCATION, before.locations(), after.locations(), Location::id,
                    Location::name, Location::name, this::locationFields);
            compare(changes, ElementKind.LINK, keyedLinks(before), keyedLinks(after), KeyedLink::key,
                    link -> ElementNames.link(before, link.link()), link -> ElementNames.link(after, link.link()),
                    (earlier, later) -> fields(new ArrayList<>(),
                            PlanField.LINK_TYPE, earlier.link().type().displayName(),
                            later.link().type().displayName()));
            compare(changes, ElementKind.DATA_STORE, before.dataStores(), after.dataStores(), DataStore::id,
                    DataStore::name, DataStore::name, this::storeFields);
            compare(changes, ElementKind.FLOW, before.flows(), after.flows(), Flow::id,
                    flow -> ElementNames.flow(before, flow), flow -> ElementNames.flow(after, flow), this::flowFields);
            return new PlanChanges(changes);
        }

        private void settings(List<ElementChange> changes) {
            List<FieldChange> fields = new ArrayList<>();
            fields(fields, PlanField.PLAN_NAME, before.name(), after.name());
            DataFactory was = before.dataFactory();
            DataFactory is = after.dataFactory();
            fields(fields, PlanField.FACTORY_NAME, was.name(), is.name());
            fields(fields, PlanField.REGION, was.region(), is.region());
            fields(fields, PlanField.ENDPOINT_STYLE, words(was.endpointStyle()), words(is.endpointStyle()));
            fields(fields, PlanField.MANAGED_VIRTUAL_NETWORK, yesNo(was.managedVirtualNetwork()),
                    yesNo(is.managedVirtualNetwork()));
            RuntimeOptions runtimeWas = before.runtime();
            RuntimeOptions runtimeIs = after.runtime();
            fields(fields, PlanField.INTERACTIVE_AUTHORING, onOff(runtimeWas.interactiveAuthoring()),
                    onOff(runtimeIs.interactiveAuthoring()));
            fields(fields, PlanField.AUTO_UPDATE, onOff(runtimeWas.autoUpdate()), onOff(runtimeIs.autoUpdate()));
            fields(fields, PlanField.REMOTE_ACCESS_FROM_INTRANET, onOff(runtimeWas.remoteAccessFromIntranet()),
                    onOff(runtimeIs.remoteAccessFromIntranet()));
            CredentialOptions credentialsWas = before.credentials();
            CredentialOptions credentialsIs = after.credentials();
            fields(fields, PlanField.CREDENTIAL_STORE, credentialsWas.store().displayName(),
                    credentialsIs.store().displayName());
            fields(fields, PlanField.KEY_VAULT_NAME, orNone(credentialsWas.keyVaultName()),
                    orNone(credentialsIs.keyVaultName()));
            if (!fields.isEmpty()) {
                changes.add(new ElementChange(ElementKind.SETTINGS, "", after.name(), ChangeKind.CHANGED, fields));
            }
        }

        private List<FieldChange> locationFields(Location was, Location is) {
            List<FieldChange> fields = new ArrayList<>();
            fields(fields, PlanField.NAME, was.name(), is.name());
            fields(fields, PlanField.LOCATION_KIND, was.kind().displayName(), is.kind().displayName());
            fields(fields, PlanField.EGRESS_IPS, list(was.egressIps()), list(is.egressIps()));
            fields(fields, PlanField.ADDRESS_SPACES, list(was.addressSpaces()), list(is.addressSpaces()));
            return fields(fields, PlanField.RUNTIME_NODES, Wording.nodeWords(was.runtimeNodes()),
                    Wording.nodeWords(is.runtimeNodes()));
        }

        private List<FieldChange> storeFields(DataStore was, DataStore is) {
            List<FieldChange> fields = new ArrayList<>();
            fields(fields, PlanField.NAME, was.name(), is.name());
            fields(fields, PlanField.STORE_TYPE, storeTypeName.apply(was.type()), storeTypeName.apply(is.type()));
            fields(fields, PlanField.STORE_LOCATION, ElementNames.location(before, was.location()),
                    ElementNames.location(after, is.location()));
            fields(fields, PlanField.PRIVATE_ENDPOINT, was.privateEndpoint() == null ? Wording.NONE
                    : ElementNames.location(before, was.privateEndpoint()), is.privateEndpoint() == null ? Wording.NONE
                    : ElementNames.location(after, is.privateEndpoint()));
            return fields(fields, PlanField.MANAGED_PRIVATE_ENDPOINT, yesNo(was.managedPrivateEndpoint()),
                    yesNo(is.managedPrivateEndpoint()));
        }

        private List<FieldChange> flowFields(Flow was, Flow is) {
            List<FieldChange> fields = new ArrayList<>();
            fields(fields, PlanField.SOURCE, ElementNames.store(before, was.source()), ElementNames.store(after, is.source()));
            fields(fields, PlanField.SINK, ElementNames.store(before, was.sink()), ElementNames.store(after, is.sink()));
            return fields(fields, PlanField.STAGED_COPY, yesNo(was.stagedCopy()), yesNo(is.stagedCopy()));
        }

        private static <E> void compare(List<ElementChange> changes, ElementKind kind, List<E> earlier,
                List<E> later, Function<E, String> id, Function<E, String> earlierName,
                Function<E, String> laterName, FieldComparison<E> fields) {
            Map<String, E> earlierById = new LinkedHashMap<>();
            earlier.forEach(element -> earlierById.putIfAbsent(id.apply(element), element));
            Map<String, E> laterById = new HashMap<>();
            later.forEach(element -> laterById.putIfAbsent(id.apply(element), element));
            for (E element : later) {
                String key = id.apply(element);
                E was = earlierById.get(key);
                if (was == null) {
                    changes.add(new ElementChange(kind, key, laterName.apply(element), ChangeKind.ADDED, List.of()));
                } else if (!was.equals(element)) {
                    List<FieldChange> changed = fields.compare(was, element);
                    if (!changed.isEmpty()) {
                        changes.add(new ElementChange(kind, key, laterName.apply(element), ChangeKind.CHANGED,
                                changed));
                    }
                }
            }
            earlierById.forEach((key, element) -> {
                if (!laterById.containsKey(key)) {
                    changes.add(new ElementChange(kind, key, earlierName.apply(element), ChangeKind.REMOVED,
                            List.of()));
                }
            });
        }

        private static List<FieldChange> fields(List<FieldChange> fields, PlanField field, String was, String is) {
            if (!was.equals(is)) {
                fields.add(new FieldChange(field, was, is));
            }
            return fields;
        }

        private static List<KeyedLink> keyedLinks(Plan plan) {
            return KeyedLink.of(plan.links());
        }





        private static String words(Enum<?> value) {
            return value.name().toLowerCase(java.util.Locale.ROOT);
        }

        private static String list(List<String> values) {
            return values.isEmpty() ? "none" : String.join(", ", values);
        }

        private static String orNone(String value) {
            return value == null ? "none" : value;
        }

        private static String onOff(boolean value) {
            return value ? "on" : "off";
        }

        private static String yesNo(boolean value) {
            return value ? "yes" : "no";
        }
    }

    @FunctionalInterface
    private interface FieldComparison<E> {
        List<FieldChange> compare(E earlier, E later);
    }
}
