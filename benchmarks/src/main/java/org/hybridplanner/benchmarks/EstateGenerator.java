package org.hybridplanner.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hybridplanner.model.Catalog;
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
import org.hybridplanner.model.RuntimeOptions;
import org.hybridplanner.model.StoreTypeSpec;

/**
 * Builds realistic, valid plans of any size from a seed: on-premises sites, hub-and-spoke Azure virtual networks,
 * AWS VPCs and the two public locations, joined by private links that form multi-hop paths (site to hub to
 * spoke to VPC), some Microsoft peering, isolated networks whose hybrid flows come out blocked, stores of
 * every type a location kind allows, and twice as many flows as stores, some of them staged copies.
 * The same seed and size always give the same plan.
 *
 * <p>Everything grows with the number of stores (one location per 40 stores, at least 8), so "10x the plan"
 * means 10x stores, flows, locations and links.
 */
public final class EstateGenerator {
    private static final int STORES_PER_LOCATION = 40;
    private static final int MIN_LOCATIONS = 8;
    private static final String AZURE_PUBLIC = "azure-public";
    private static final String INTERNET = "internet";
    /** A branch office with no private link at all, so that every plan has blocked hybrid flows. */
    private static final String ISOLATED_SITE = "site-4";

    private final Catalog catalog;
    private final long seed;

    public EstateGenerator(Catalog catalog, long seed) {
        this.catalog = catalog;
        this.seed = seed;
    }

    /** A plan with exactly {@code storeCount} data stores and twice as many flows. */
    public Plan generate(int storeCount) {
        Random random = new Random(seed ^ storeCount);
        List<Location> locations = locations(random, Math.max(MIN_LOCATIONS, storeCount / STORES_PER_LOCATION));
        List<Link> links = links(random, locations);
        List<DataStore> stores = stores(random, locations, storeCount);
        List<Flow> flows = flows(random, stores, 2 * storeCount);
        return new Plan(Plan.SCHEMA_VERSION, "Generated estate of " + storeCount + " stores",
                new DataFactory("bench-adf", "westeurope", EndpointStyle.REGIONAL), locations, links, stores, flows,
                new RuntimeOptions(true, true, false),
                new CredentialOptions(CredentialStore.AZURE_KEY_VAULT, "bench-kv"));
    }

    private static List<Location> locations(Random random, int count) {
        List<Location> locations = new ArrayList<>();
        locations.add(new Location(AZURE_PUBLIC, "Azure public endpoints", LocationKind.AZURE_PUBLIC));
        locations.add(new Location(INTERNET, "Internet and SaaS", LocationKind.PUBLIC_INTERNET));
        // The first private locations cover every kind, so that even the smallest plan is mixed.
        LocationKind[] opening = {LocationKind.AZURE_VIRTUAL_NETWORK, LocationKind.ON_PREMISES,
                LocationKind.AZURE_VIRTUAL_NETWORK, LocationKind.AWS_VPC, LocationKind.ON_PREMISES};
        for (int i = 0; locations.size() < count; i++) {
            LocationKind kind = i < opening.length ? opening[i] : privateKind(random.nextInt(10));
            String prefix = switch (kind) {
                case ON_PREMISES -> "site";
                case AZURE_VIRTUAL_NETWORK -> "vnet";
                default -> "vpc";
            };
            String id = prefix + "-" + i;
            // Addresses are unique per location: 198.18.0.0/15 for egress, 10.0.0.0/8 in /24s for address spaces.
            locations.add(new Location(id, kind.displayName() + " " + i, kind,
                    List.of("198." + (18 + i / 65536) + "." + (i / 256 % 256) + "." + (i % 256)),
                    List.of("10." + (i / 256) + "." + (i % 256) + ".0/24")));
        }
        return locations;
    }

    private static LocationKind privateKind(int draw) {
        return draw < 4 ? LocationKind.ON_PREMISES : draw < 8 ? LocationKind.AZURE_VIRTUAL_NETWORK : LocationKind.AWS_VPC;
    }

    /**
     * Every fourth virtual network is a hub; the hubs join the first one, spokes hang off a hub. Sites and VPCs attach to a
     * hub or a spoke (one in ten stays isolated), so paths between private locations often take several hops.
     */
    private static List<Link> links(Random random, List<Location> locations) {
        List<Location> vnets = ofKind(locations, LocationKind.AZURE_VIRTUAL_NETWORK);
        List<Location> hubs = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < vnets.size(); i++) {
            Location vnet = vnets.get(i);
            if (i % 4 == 0) {
                if (!hubs.isEmpty()) {
                    // Regional hubs meet at the first (core) hub, as in a virtual WAN: paths stay a few hops long
                    // however large the estate, where a chain of hubs would make them grow with it.
                    links.add(new Link(hubs.getFirst().id(), vnet.id(), LinkType.EXPRESSROUTE_PRIVATE_PEERING));
                }
                hubs.add(vnet);
            } else {
                links.add(new Link(hubs.getLast().id(), vnet.id(), random.nextBoolean()
                        ? LinkType.SITE_TO_SITE_VPN
                        : LinkType.EXPRESSROUTE_PRIVATE_PEERING));
            }
        }
        List<Location> sites = ofKind(locations, LocationKind.ON_PREMISES);
        for (Location site : sites) {
            int draw = random.nextInt(10);
            boolean microsoftPeering = site == sites.getFirst() || random.nextInt(10) < 3;
            String vnet = vnets.get(random.nextInt(vnets.size())).id();
            if (site.id().equals(ISOLATED_SITE)) {
                continue;
            }
            if (draw < 4) {
                links.add(new Link(site.id(), hubs.get(random.nextInt(hubs.size())).id(),
                        LinkType.EXPRESSROUTE_PRIVATE_PEERING));
            } else if (draw < 8) {
                links.add(new Link(site.id(), vnet, LinkType.SITE_TO_SITE_VPN));
            } else if (draw < 9) {
                links.add(new Link(site.id(), vnet, LinkType.POINT_TO_SITE_VPN));
            }
            if (microsoftPeering) {
                links.add(new Link(site.id(), AZURE_PUBLIC, LinkType.EXPRESSROUTE_MICROSOFT_PEERING));
            }
        }
        for (Location vpc : ofKind(locations, LocationKind.AWS_VPC)) {
            int draw = random.nextInt(10);
            if (draw < 7) {
                links.add(new Link(vpc.id(), vnets.get(random.nextInt(vnets.size())).id(),
                        LinkType.SITE_TO_SITE_VPN));
            } else if (draw < 9) {
                links.add(new Link(vpc.id(), sites.get(random.nextInt(sites.size())).id(),
                        LinkType.SITE_TO_SITE_VPN));
            }
        }
        return links;
    }

    /** A quarter of the stores are public (Azure PaaS, S3, SaaS), the rest spread over the private locations. */
    private List<DataStore> stores(Random random, List<Location> locations, int count) {
        List<DataStore> stores = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Location location = random.nextInt(4) == 0
                    ? locations.get(random.nextInt(2))
                    : locations.get(2 + random.nextInt(locations.size() - 2));
            List<StoreTypeSpec> types = catalog.storeTypesFor(location.kind());
            StoreTypeSpec type = types.get(random.nextInt(types.size()));
            stores.add(new DataStore("store-" + i, type.displayName() + " " + i, type.type(), location.id()));
        }
        return stores;
    }

    private static List<Flow> flows(Random random, List<DataStore> stores, int count) {
        List<Flow> flows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int source = random.nextInt(stores.size());
            int sink = (source + 1 + random.nextInt(stores.size() - 1)) % stores.size();
            flows.add(new Flow("flow-" + i, stores.get(source).id(), stores.get(sink).id(), random.nextInt(8) == 0));
        }
        return flows;
    }

    private static List<Location> ofKind(List<Location> locations, LocationKind kind) {
        return locations.stream().filter(location -> location.kind() == kind).toList();
    }
}
