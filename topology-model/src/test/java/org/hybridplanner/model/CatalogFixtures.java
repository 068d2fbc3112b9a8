package org.hybridplanner.model;

import java.util.List;

/** A small catalog for model tests (the real one is seed data, loaded by the engine module). */
final class CatalogFixtures {
    private CatalogFixtures() {
    }

    static Catalog small() {
        return new Catalog(
                List.of(new StoreTypeSpec("SQL_SERVER", "SQL Server", List.of(LocationKind.ON_PREMISES,
                                LocationKind.AZURE_VIRTUAL_NETWORK, LocationKind.AWS_VPC), "private"),
                        new StoreTypeSpec("AZURE_SYNAPSE_ANALYTICS", "Azure Synapse Analytics",
                                List.of(LocationKind.AZURE_PUBLIC, LocationKind.AZURE_VIRTUAL_NETWORK), "public"),
                        new StoreTypeSpec("SALESFORCE", "Salesforce", List.of(LocationKind.PUBLIC_INTERNET), "SaaS")),
                List.of(new LinkTypeSpec(LinkType.SITE_TO_SITE_VPN, true, 2,
                                List.of(List.of(LocationKind.ON_PREMISES, LocationKind.AZURE_VIRTUAL_NETWORK)), "r"),
                        new LinkTypeSpec(LinkType.EXPRESSROUTE_MICROSOFT_PEERING, false, 1,
                                List.of(List.of(LocationKind.ON_PREMISES, LocationKind.AZURE_PUBLIC)), "r")));
    }
}
