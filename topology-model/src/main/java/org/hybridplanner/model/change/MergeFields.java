package org.hybridplanner.model.change;

import java.util.List;
import org.hybridplanner.model.CredentialOptions;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.RuntimeNodes;
import org.hybridplanner.model.RuntimeOptions;

/**
 * The fields of each kind of element that a three-way merge merges one by one. Every record component of an
 * element is here (a test holds this): a component left out would be lost whenever both sides changed the element.
 */
final class MergeFields {
    static final List<MergeField<DataFactory>> FACTORY = List.of(
            MergeField.shown(PlanField.FACTORY_NAME, DataFactory::name,
                    (f, v) -> new DataFactory((String) v, f.region(), f.endpointStyle(), f.managedVirtualNetwork()), Wording::text),
            MergeField.shown(PlanField.REGION, DataFactory::region,
                    (f, v) -> new DataFactory(f.name(), (String) v, f.endpointStyle(), f.managedVirtualNetwork()), Wording::text),
            MergeField.shown(PlanField.ENDPOINT_STYLE, DataFactory::endpointStyle,
                    (f, v) -> new DataFactory(f.name(), f.region(), (EndpointStyle) v, f.managedVirtualNetwork()),
                    Wording::enumWords),
            MergeField.shown(PlanField.MANAGED_VIRTUAL_NETWORK, DataFactory::managedVirtualNetwork,
                    (f, v) -> new DataFactory(f.name(), f.region(), f.endpointStyle(), (Boolean) v), Wording::yesNo));

    static final List<MergeField<RuntimeOptions>> RUNTIME = List.of(
            MergeField.shown(PlanField.INTERACTIVE_AUTHORING, RuntimeOptions::interactiveAuthoring,
                    (r, v) -> new RuntimeOptions((Boolean) v, r.autoUpdate(), r.remoteAccessFromIntranet()),
                    Wording::onOff),
            MergeField.shown(PlanField.AUTO_UPDATE, RuntimeOptions::autoUpdate,
                    (r, v) -> new RuntimeOptions(r.interactiveAuthoring(), (Boolean) v, r.remoteAccessFromIntranet()),
                    Wording::onOff),
            MergeField.shown(PlanField.REMOTE_ACCESS_FROM_INTRANET, RuntimeOptions::remoteAccessFromIntranet,
                    (r, v) -> new RuntimeOptions(r.interactiveAuthoring(), r.autoUpdate(), (Boolean) v),
                    Wording::onOff));

    static final List<MergeField<CredentialOptions>> CREDENTIALS = List.of(
            MergeField.shown(PlanField.CREDENTIAL_STORE, CredentialOptions::store,
                    (c, v) -> new CredentialOptions((CredentialStore) v, c.keyVaultName()),
                    (w, v) -> ((CredentialStore) v).displayName()),
            MergeField.shown(PlanField.KEY_VAULT_NAME, CredentialOptions::keyVaultName,
                    (c, v) -> new CredentialOptions(c.store(), (String) v), Wording::text));

    static final List<MergeField<Location>> LOCATION = List.of(
            MergeField.shown(PlanField.NAME, Location::name,
                    (l, v) -> new Location(l.id(), (String) v, l.kind(), l.egressIps(), l.addressSpaces(), l.runtimeNodes()),
                    Wording::text),
            MergeField.shown(PlanField.LOCATION_KIND, Location::kind,
                    (l, v) -> new Location(l.id(), l.name(), (LocationKind) v, l.egressIps(), l.addressSpaces(),
                            l.runtimeNodes()),
                    (w, v) -> ((LocationKind) v).displayName()),
            MergeField.shown(PlanField.EGRESS_IPS, Location::egressIps,
                    (l, v) -> new Location(l.id(), l.name(), l.kind(), strings(v), l.addressSpaces(), l.runtimeNodes()),
                    Wording::list),
            MergeField.shown(PlanField.ADDRESS_SPACES, Location::addressSpaces,
                    (l, v) -> new Location(l.id(), l.name(), l.kind(), l.egressIps(), strings(v), l.runtimeNodes()),
                    Wording::list),
            MergeField.shown(PlanField.RUNTIME_NODES, Location::runtimeNodes,
                    (l, v) -> new Location(l.id(), l.name(), l.kind(), l.egressIps(), l.addressSpaces(),
                            (RuntimeNodes) v),
                    Wording::nodes));

    static final List<MergeField<KeyedLink>> LINK = List.of(
            MergeField.shown(PlanField.LINK_TYPE, keyed -> keyed.link().type(),
                    (keyed, v) -> new KeyedLink(keyed.key(), new Link(keyed.link().between(), (LinkType) v)),
                    (w, v) -> ((LinkType) v).displayName()));

    static final List<MergeField<DataStore>> STORE = List.of(
            MergeField.shown(PlanField.NAME, DataStore::name,
                    (s, v) -> new DataStore(s.id(), (String) v, s.type(), s.location(), s.connector(),
                            s.privateEndpoint(), s.managedPrivateEndpoint()),
                    Wording::text),
            MergeField.shown(PlanField.STORE_TYPE, DataStore::type,
                    (s, v) -> new DataStore(s.id(), s.name(), (String) v, s.location(), s.connector(),
                            s.privateEndpoint(), s.managedPrivateEndpoint()),
                    Wording::storeType),
            MergeField.shown(PlanField.STORE_LOCATION, DataStore::location,
                    (s, v) -> new DataStore(s.id(), s.name(), s.type(), (String) v, s.connector(),
                            s.privateEndpoint(), s.managedPrivateEndpoint()),
                    Wording::locationName),
            MergeField.quiet(DataStore::connector,
                    (s, v) -> new DataStore(s.id(), s.name(), s.type(), s.location(), (String) v,
                            s.privateEndpoint(), s.managedPrivateEndpoint())),
            MergeField.shown(PlanField.PRIVATE_ENDPOINT, DataStore::privateEndpoint,
                    (s, v) -> new DataStore(s.id(), s.name(), s.type(), s.location(), s.connector(), (String) v,
                            s.managedPrivateEndpoint()),
                    (w, v) -> v == null ? Wording.NONE : w.locationName(v)),
            MergeField.shown(PlanField.MANAGED_PRIVATE_ENDPOINT, DataStore::managedPrivateEndpoint,
                    (s, v) -> new DataStore(s.id(), s.name(), s.type(), s.location(), s.connector(),
                            s.privateEndpoint(), (Boolean) v),
                    Wording::yesNo));

    static final List<MergeField<Flow>> FLOW = List.of(
            MergeField.shown(PlanField.SOURCE, Flow::source,
                    (f, v) -> new Flow(f.id(), (String) v, f.sink(), f.stagedCopy(), f.activities()),
                    Wording::storeName),
            MergeField.shown(PlanField.SINK, Flow::sink,
                    (f, v) -> new Flow(f.id(), f.source(), (String) v, f.stagedCopy(), f.activities()),
                    Wording::storeName),
            MergeField.shown(PlanField.STAGED_COPY, Flow::stagedCopy,
                    (f, v) -> new Flow(f.id(), f.source(), f.sink(), (Boolean) v, f.activities()),
                    Wording::yesNo),
            MergeField.quiet(Flow::activities,
                    (f, v) -> new Flow(f.id(), f.source(), f.sink(), f.stagedCopy(), strings(v))));

    private MergeFields() {
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
