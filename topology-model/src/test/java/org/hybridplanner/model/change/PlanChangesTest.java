package org.hybridplanner.model.change;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.hybridplanner.model.RuntimeOptions;
import org.junit.jupiter.api.Test;

class PlanChangesTest {
    private static final Location DATACENTER = new Location("dc", "Datacenter", LocationKind.ON_PREMISES,
            List.of("203.0.113.10"), List.of("10.0.0.0/16"));
    private static final Location VNET = new Location("vnet", "Hub network", LocationKind.AZURE_VIRTUAL_NETWORK,
            List.of(), List.of("10.20.0.0/16"));
    private static final DataStore SQL_VM = new DataStore("sql-vm", "SQL VM", "SQL_SERVER", "dc");
    private static final DataStore WAREHOUSE = new DataStore("dwh", "Warehouse", "AZURE_SQL_DATABASE", "vnet");
    private static final DataStore LAKE = new DataStore("lake", "Lake", "AZURE_DATA_LAKE_STORAGE_GEN2", "vnet");

    private static Plan ordersPlan() {
        return new Plan(1, "Orders", new DataFactory("adf", "westeurope", EndpointStyle.REGIONAL),
                List.of(DATACENTER, VNET), List.of(new Link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)),
                List.of(SQL_VM, WAREHOUSE, LAKE),
                List.of(new Flow("orders-dwh", "sql-vm", "dwh", false), new Flow("orders-lake", "sql-vm", "lake",
                        false)), RuntimeOptions.DEFAULTS, CredentialOptions.DEFAULTS);
    }

    @Test
    void thePlanComparedWithItselfHasNoChanges() {
        PlanChanges changes = PlanChanges.between(ordersPlan(), ordersPlan());

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.removesElements()).isFalse();
    }

    @Test
    void removingAStoreAndItsFlowsListsEachByItsNameInWords() {
        Plan before = ordersPlan();
        Plan after = new Plan(1, "Orders", before.dataFactory(), before.locations(), before.links(),
                List.of(WAREHOUSE, LAKE), List.of(), before.runtime(), before.credentials());

        PlanChanges changes = PlanChanges.between(before, after);

        assertThat(changes.changes()).extracting(ElementChange::describe).containsExactly(
                "Removed data store SQL VM (sql-vm)",
                "Removed flow SQL VM → Warehouse (orders-dwh)",
                "Removed flow SQL VM → Lake (orders-lake)");
        assertThat(changes.removesElements()).isTrue();
        assertThat(changes.of(ElementKind.FLOW)).hasSize(2);
    }

    @Test
    void addedElementsAreNamedFromTheLaterPlan() {
        Plan before = ordersPlan();
        DataStore blob = new DataStore("blob", "Archive", "AZURE_BLOB_STORAGE", "vnet");
        Plan after = new Plan(1, "Orders", before.dataFactory(), before.locations(), before.links(),
                List.of(SQL_VM, WAREHOUSE, LAKE, blob), List.of(before.flows().get(0), before.flows().get(1),
                        new Flow("archive", "lake", "blob", true)), before.runtime(), before.credentials());

        PlanChanges changes = PlanChanges.between(before, after, code -> code.equals("AZURE_BLOB_STORAGE")
                ? "Azure Blob Storage" : code);

        assertThat(changes.of(ChangeKind.ADDED)).extracting(ElementChange::describe).containsExactly(
                "Added data store Archive (blob)", "Added flow Lake → Archive (archive)");
        assertThat(changes.removesElements()).isFalse();
    }

    @Test
    void changedFieldsShowTheirValuesBeforeAndAfterInWords() {
        Plan before = ordersPlan();
        Location widened = new Location("dc", "Datacenter", LocationKind.ON_PREMISES, List.of(),
                List.of("10.0.0.0/16", "10.1.0.0/16"));
        DataStore moved = new DataStore("sql-vm", "SQL VM", "SQL_SERVER", "vnet");
        Plan after = new Plan(1, "Orders", before.dataFactory(), List.of(widened, VNET),
                List.of(new Link("vnet", "dc", LinkType.EXPRESSROUTE_PRIVATE_PEERING)),
                List.of(moved, WAREHOUSE, LAKE), List.of(new Flow("orders-dwh", "sql-vm", "lake", true),
                        before.flows().get(1)), before.runtime(), before.credentials());

        PlanChanges changes = PlanChanges.between(before, after, code -> code.equals("SQL_SERVER") ? "SQL Server"
                : code);

        assertThat(changes.changes()).extracting(ElementChange::describe).containsExactly(
                "Changed location Datacenter (dc): egress IPs 203.0.113.10 → none; "
                        + "address spaces 10.0.0.0/16 → 10.0.0.0/16, 10.1.0.0/16",
                "Changed link Hub network ↔ Datacenter (ExpressRoute private peering): "
                        + "type Site-to-site VPN → ExpressRoute private peering",
                "Changed data store SQL VM (sql-vm): location Datacenter → Hub network",
                "Changed flow SQL VM → Lake (orders-dwh): sink Warehouse → Lake; staged copy no → yes");
        assertThat(changes.removesElements()).isFalse();
    }

    @Test
    void settingsChangesAreOneEntryWithEveryChangedField() {
        Plan before = ordersPlan();
        Plan after = new Plan(1, "Orders 2", new DataFactory("adf", "northeurope", EndpointStyle.LEGACY),
                before.locations(), before.links(), before.dataStores(), before.flows(),
                new RuntimeOptions(false, false, true), new CredentialOptions(CredentialStore.AZURE_KEY_VAULT, "kv"));

        List<ElementChange> changes = PlanChanges.between(before, after).changes();

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.element()).isEqualTo(ElementKind.SETTINGS);
            assertThat(change.describe()).isEqualTo("Changed plan settings: plan name Orders → Orders 2; "
                    + "region westeurope → northeurope; endpoint style regional → legacy; "
                    + "interactive authoring on → off; auto-update on → off; "
                    + "remote access from the intranet off → on; "
                    + "credential store Data Factory (managed) → Azure Key Vault; key vault none → kv");
        });
    }

    @Test
    void aRenamedIdIsARemovalAndAnAddition() {
        Plan before = ordersPlan();
        DataStore renamed = new DataStore("sql", "SQL VM", "SQL_SERVER", "dc");
        Plan after = new Plan(1, "Orders", before.dataFactory(), before.locations(), before.links(),
                List.of(renamed, WAREHOUSE, LAKE), List.of(new Flow("orders-dwh", "sql", "dwh", false),
                        new Flow("orders-lake", "sql", "lake", false)), before.runtime(), before.credentials());

        PlanChanges changes = PlanChanges.between(before, after);

        assertThat(changes.of(ElementKind.DATA_STORE)).extracting(ElementChange::change)
                .containsExactly(ChangeKind.ADDED, ChangeKind.REMOVED);
        assertThat(changes.of(ElementKind.FLOW)).as("the flows' ends are the same store by name").isEmpty();
    }

    @Test
    void aSecondLinkBetweenTheSameLocationsIsItsOwnElement() {
        Plan before = ordersPlan();
        Plan after = new Plan(1, "Orders", before.dataFactory(), before.locations(),
                List.of(before.links().get(0), new Link("vnet", "dc", LinkType.EXPRESSROUTE_PRIVATE_PEERING)),
                before.dataStores(), before.flows(), before.runtime(), before.credentials());

        assertThat(PlanChanges.between(before, after).changes()).extracting(ElementChange::describe)
                .containsExactly("Added link Hub network ↔ Datacenter (ExpressRoute private peering)");
        assertThat(PlanChanges.between(after, before).changes()).extracting(ElementChange::describe)
                .containsExactly("Removed link Hub network ↔ Datacenter (ExpressRoute private peering)");
    }
}
