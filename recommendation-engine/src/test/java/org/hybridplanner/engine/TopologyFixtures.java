package org.hybridplanner.engine;

import java.util.ArrayList;
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
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.RuntimeNodes;
import org.hybridplanner.model.RuntimeOptions;

/** Plans for engine tests, built by a small fluent builder and named for the situation they describe. */
final class TopologyFixtures {
    private TopologyFixtures() {
    }

    static Builder plan() {
        return new Builder();
    }

    /** On-premises SQL Server to a SQL Server VM in a virtual network, joined by the given link. */
    static Plan datacenterToVirtualNetwork(LinkType link) {
        return plan().onPremises("dc").virtualNetwork("vnet").link("dc", "vnet", link)
                .store("onprem", "SQL_SERVER", "dc").store("vm", "SQL_SERVER", "vnet")
                .flow("f1", "onprem", "vm").build();
    }

    /** The README example: SQL Server on premises to Synapse over ExpressRoute Microsoft peering. */
    static Plan datacenterWithMicrosoftPeering() {
        return plan().onPremises("dc").azurePublic("az").link("dc", "az", LinkType.EXPRESSROUTE_MICROSOFT_PEERING)
                .store("orders", "SQL_SERVER", "dc").store("dwh", "AZURE_SYNAPSE_ANALYTICS", "az")
                .flow("f1", "orders", "dwh").build();
    }

    /**
     * The example: a datacenter at 10.20.0.0/16 and a virtual network at 10.20.128.0/17, joined by a
     * site-to-site VPN, with a flow between them.
     */
    static Plan datacenterAndVirtualNetworkWithOverlappingAddresses() {
        return plan().location("dc", LocationKind.ON_PREMISES, List.of("203.0.113.10"), List.of("10.20.0.0/16"))
                .location("vnet", LocationKind.AZURE_VIRTUAL_NETWORK, List.of(), List.of("10.20.128.0/17"))
                .link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)
                .store("erp", "SQL_SERVER", "dc").store("app", "SQL_SERVER", "vnet")
                .flow("f1", "erp", "app").build();
    }

    static final class Builder {
        private final List<Location> locations = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final List<DataStore> stores = new ArrayList<>();
        private final List<Flow> flows = new ArrayList<>();
        private RuntimeOptions runtime = RuntimeOptions.DEFAULTS;
        private CredentialOptions credentials = CredentialOptions.DEFAULTS;
        private EndpointStyle endpointStyle = EndpointStyle.REGIONAL;
        private String region = "westeurope";
        private boolean managedVirtualNetwork;

        Builder onPremises(String id) {
            return location(id, LocationKind.ON_PREMISES, List.of("203.0.113.10"), List.of("10.10.0.0/16"));
        }

        Builder virtualNetwork(String id) {
            return location(id, LocationKind.AZURE_VIRTUAL_NETWORK, List.of("20.50.0.1"), List.of("10.50.0.0/16"));
        }

        Builder awsVpc(String id) {
            return location(id, LocationKind.AWS_VPC, List.of("52.18.0.1"), List.of("10.200.0.0/16"));
        }

        Builder azurePublic(String id) {
            return location(id, LocationKind.AZURE_PUBLIC, List.of(), List.of());
        }

        Builder internet(String id) {
            return location(id, LocationKind.PUBLIC_INTERNET, List.of(), List.of());
        }

        Builder location(String id, LocationKind kind, List<String> egressIps, List<String> addressSpaces) {
            locations.add(new Location(id, id + " name", kind, egressIps, addressSpaces));
            return this;
        }

        /** Gives the location or data store {@code id} another name than the default "{@code id} name". */
        Builder named(String id, String name) {
            locations.replaceAll(l -> l.id().equals(id)
                    ? new Location(id, name, l.kind(), l.egressIps(), l.addressSpaces()) : l);
            stores.replaceAll(s -> s.id().equals(id) ? new DataStore(id, name, s.type(), s.location()) : s);
            return this;
        }

        Builder link(String one, String other, LinkType type) {
            links.add(new Link(one, other, type));
            return this;
        }

        Builder store(String id, String type, String location) {
            stores.add(new DataStore(id, id + " name", type, location));
            return this;
        }

        Builder flow(String id, String source, String sink) {
            flows.add(new Flow(id, source, sink, false));
            return this;
        }

        Builder stagedFlow(String id, String source, String sink) {
            flows.add(new Flow(id, source, sink, true));
            return this;
        }

        Builder runtime(boolean interactiveAuthoring, boolean autoUpdate, boolean remoteAccessFromIntranet) {
            runtime = new RuntimeOptions(interactiveAuthoring, autoUpdate, remoteAccessFromIntranet);
            return this;
        }

        Builder credentials(CredentialStore store, String keyVaultName) {
            credentials = new CredentialOptions(store, keyVaultName);
            return this;
        }

        /** The data factory's region, which decides its cloud. */
        Builder region(String name) {
            region = name;
            return this;
        }

        Builder legacyEndpoint() {
            endpointStyle = EndpointStyle.LEGACY;
            return this;
        }

        /** A store on its public endpoint, reached through a private endpoint in {@code network}. */
        Builder storeWithPrivateEndpoint(String id, String type, String location, String network) {
            stores.add(new DataStore(id, id + " name", type, location).withPrivateEndpoint(network));
            return this;
        }

        /** The factory's Azure runtime in a managed virtual network. */
        Builder managedVirtualNetwork() {
            managedVirtualNetwork = true;
            return this;
        }

        /** The store (added before) is reached through a managed private endpoint. */
        Builder managedPrivateEndpoint(String storeId) {
            stores.replaceAll(store -> store.id().equals(storeId) ? store.withManagedPrivateEndpoint(true) : store);
            return this;
        }

        /** The location (added before) hosts a runtime of {@code count} nodes at these addresses. */
        Builder nodes(String locationId, int count, String... addresses) {
            locations.replaceAll(l -> l.id().equals(locationId) ? new Location(l.id(), l.name(), l.kind(),
                    l.egressIps(), l.addressSpaces(), new RuntimeNodes(count, List.of(addresses))) : l);
            return this;
        }

        Plan build() {
            return new Plan(Plan.SCHEMA_VERSION, "Test plan", new DataFactory("contoso-adf", region,
                    endpointStyle, managedVirtualNetwork), locations, links, stores, flows, runtime, credentials);
        }
    }
}
