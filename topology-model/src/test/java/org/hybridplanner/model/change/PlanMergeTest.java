package org.hybridplanner.model.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hybridplanner.model.CredentialOptions;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanLayout;
import org.hybridplanner.model.Position;
import org.hybridplanner.model.RuntimeOptions;
import org.junit.jupiter.api.Test;

class PlanMergeTest {
    private static final Location DATACENTER = new Location("dc", "Datacenter", LocationKind.ON_PREMISES);
    private static final Location VNET = new Location("vnet", "Hub network", LocationKind.AZURE_VIRTUAL_NETWORK);
    private static final DataStore SQL_VM = new DataStore("sql-vm", "SQL VM", "SQL_SERVER", "dc");
    private static final DataStore WAREHOUSE = new DataStore("dwh", "Warehouse", "AZURE_SQL_DATABASE", "vnet");
    private static final Flow ORDERS = new Flow("orders-dwh", "sql-vm", "dwh", false);

    private static Plan ordersPlan(DataFactory factory, List<DataStore> stores, List<Flow> flows) {
        return new Plan(1, "Orders", factory, List.of(DATACENTER, VNET),
                List.of(new Link("dc", "vnet", LinkType.SITE_TO_SITE_VPN)), stores, flows, RuntimeOptions.DEFAULTS,
                CredentialOptions.DEFAULTS);
    }

    private static Plan ordersPlan() {
        return ordersPlan(new DataFactory("adf", "westeurope", EndpointStyle.REGIONAL), List.of(SQL_VM, WAREHOUSE),
                List.of(ORDERS));
    }

    @Test
    void factoryNameInOneEditAndRegionInTheOtherBothSurviveAndTheRegionIsWhatCameIn() {
        Plan base = ordersPlan();
        Plan mine = ordersPlan(new DataFactory("adf-orders", "westeurope", EndpointStyle.REGIONAL),
                base.dataStores(), base.flows());
        Plan theirs = ordersPlan(new DataFactory("adf", "northeurope", EndpointStyle.REGIONAL), base.dataStores(),
                base.flows());

        PlanMerge merge = PlanMerge.of(base, mine, theirs);

        assertThat(merge.isClean()).isTrue();
        assertThat(merge.merged().dataFactory()).isEqualTo(new DataFactory("adf-orders", "northeurope",
                EndpointStyle.REGIONAL));
        assertThat(merge.incoming().changes()).extracting(ElementChange::describe)
                .containsExactly("Changed plan settings: region westeurope → northeurope");
    }

    @Test
    void theSameFieldChangedOnBothSidesConflictsShowingBothValuesAndKeepsMineUntilTheirsIsChosen() {
        Plan base = ordersPlan();
        Plan mine = ordersPlan(new DataFactory("adf", "uksouth", EndpointStyle.REGIONAL), base.dataStores(),
                base.flows());
        Plan theirs = ordersPlan(new DataFactory("adf", "northeurope", EndpointStyle.REGIONAL), base.dataStores(),
                base.flows());

        PlanMerge merge = PlanMerge.of(base, mine, theirs);

        assertThat(merge.conflicts()).extracting(MergeConflict::describe)
                .containsExactly("plan settings, region: yours uksouth, theirs northeurope");
        assertThat(merge.conflicts().getFirst().base()).isEqualTo("westeurope");
        assertThat(merge.merged()).isEqualTo(mine);
        assertThat(PlanMerge.of(base, mine, theirs, code -> code, Set.of(merge.conflicts().getFirst().key()))
                .merged()).isEqualTo(theirs);
    }

    @Test
    void bothSidesMakingTheSameChangeIsNoConflict() {
        Plan base = ordersPlan();
        Plan both = ordersPlan(base.dataFactory(), List.of(SQL_VM, new DataStore("dwh", "DWH", "AZURE_SQL_DATABASE",
                "vnet")), base.flows());

        PlanMerge merge = PlanMerge.of(base, both, both);

        assertThat(merge.isClean()).isTrue();
        assertThat(merge.merged()).isEqualTo(both);
    }

    @Test
    void aStoreRemovedHereAndRenamedThereConflictsAndIsRemovedWithItsFlowsUnlessTheirsIsChosen() {
        Plan base = ordersPlan();
        Plan mine = ordersPlan(base.dataFactory(), List.of(WAREHOUSE), List.of());
        Plan theirs = ordersPlan(base.dataFactory(), List.of(new DataStore("sql-vm", "Orders DB", "SQL_SERVER",
                "dc"), WAREHOUSE), base.flows());

        PlanMerge merge = PlanMerge.of(base, mine, theirs, code -> code.equals("SQL_SERVER") ? "SQL Server" : code,
                Set.of());

        assertThat(merge.conflicts()).extracting(MergeConflict::describe).containsExactly(
                "data store Orders DB (sql-vm): yours removed, theirs changed: name SQL VM → Orders DB");
        assertThat(merge.merged()).isEqualTo(mine);
        PlanMerge theirsChosen = PlanMerge.of(base, mine, theirs, code -> code,
                Set.of(merge.conflicts().getFirst().key()));
        assertThat(theirsChosen.merged().dataStores()).extracting(DataStore::name)
                .containsExactly("Orders DB", "Warehouse");
        // The flow I removed with the store stays removed: only the store itself was in conflict.
        assertThat(theirsChosen.merged().flows()).isEmpty();
    }

    @Test
    void aStoreRemovedThereThatAFlowAddedHereUsesConflictsAndStaysUnlessTheirRemovalIsChosen() {
        Plan base = ordersPlan(new DataFactory("adf", "westeurope", EndpointStyle.REGIONAL),
                List.of(SQL_VM, WAREHOUSE), List.of());
        Flow added = new Flow("back", "dwh", "sql-vm", true);
        Plan mine = ordersPlan(base.dataFactory(), base.dataStores(), List.of(added));
        Plan theirs = ordersPlan(base.dataFactory(), List.of(WAREHOUSE), List.of());

        PlanMerge merge = PlanMerge.of(base, mine, theirs);

        assertThat(merge.conflicts()).extracting(MergeConflict::describe).containsExactly(
                "data store SQL VM (sql-vm): yours kept, used by flow Warehouse → SQL VM, theirs removed");
        assertThat(merge.merged()).isEqualTo(mine);
        PlanMerge removal = PlanMerge.of(base, mine, theirs, code -> code, Set.of(merge.conflicts().getFirst()
                .key()));
        assertThat(removal.merged().dataStores()).containsExactly(WAREHOUSE);
        assertThat(removal.merged().flows()).isEmpty();
    }

    @Test
    void anElementBothSidesAddedUnderOneIdConflictsOnTheFieldsThatDiffer() {
        Plan base = ordersPlan();
        Plan mine = ordersPlan(base.dataFactory(), List.of(SQL_VM, WAREHOUSE, new DataStore("lake", "Lake",
                "AZURE_BLOB_STORAGE", "vnet")), base.flows());
        Plan theirs = ordersPlan(base.dataFactory(), List.of(SQL_VM, WAREHOUSE, new DataStore("lake", "Lake",
                "AZURE_DATA_LAKE_STORAGE_GEN2", "vnet")), base.flows());

        PlanMerge merge = PlanMerge.of(base, mine, theirs);

        assertThat(merge.conflicts()).containsExactly(new MergeConflict(ConflictKind.SAME_FIELD,
                ElementKind.DATA_STORE, "lake", "Lake", PlanField.STORE_TYPE, "none", "AZURE_BLOB_STORAGE",
                "AZURE_DATA_LAKE_STORAGE_GEN2"));
    }

    @Test
    void anElementOnlyTheOtherSideAddedFollowsWhatItFollowsThere() {
        Plan base = ordersPlan();
        DataStore lake = new DataStore("lake", "Lake", "AZURE_BLOB_STORAGE", "vnet");
        DataStore archive = new DataStore("archive", "Archive", "AZURE_BLOB_STORAGE", "vnet");
        Plan mine = ordersPlan(base.dataFactory(), List.of(SQL_VM, WAREHOUSE, archive), base.flows());
        Plan theirs = ordersPlan(base.dataFactory(), List.of(SQL_VM, lake, WAREHOUSE), base.flows());

        assertThat(PlanMerge.of(base, mine, theirs).merged().dataStores()).containsExactly(SQL_VM, lake, WAREHOUSE,
                archive);
    }

    /**
     * The merge rebuilds elements both sides changed from their components: one it does not know would be lost.
     * When this fails, a component was added to a plan record: merge it in MergeFields and ThreeWayMerge, then
     * list it here.
     */
    @Test
    void privateNetworkFactsSurviveAMergeOfOtherFieldsOfTheSameElements() {
        Plan base = ordersPlan();
        DataFactory managed = new DataFactory("adf", "westeurope", EndpointStyle.REGIONAL, true);
        DataStore privateWarehouse = new DataStore("dwh", "Warehouse", "AZURE_SQL_DATABASE", "vnet", null, "vnet",
                true);
        Plan mine = ordersPlan(managed, List.of(SQL_VM, privateWarehouse), base.flows());
        Plan theirs = ordersPlan(new DataFactory("adf", "northeurope", EndpointStyle.REGIONAL),
                List.of(SQL_VM, new DataStore("dwh", "DWH", "AZURE_SQL_DATABASE", "vnet")), base.flows());

        PlanMerge merge = PlanMerge.of(base, mine, theirs);

        assertThat(merge.isClean()).isTrue();
        assertThat(merge.merged().dataFactory()).isEqualTo(new DataFactory("adf", "northeurope",
                EndpointStyle.REGIONAL, true));
        assertThat(merge.merged().dataStore("dwh")).contains(new DataStore("dwh", "DWH", "AZURE_SQL_DATABASE",
                "vnet", null, "vnet", true));
        assertThat(PlanChanges.between(base, mine, code -> code).changes()).extracting(ElementChange::describe)
                .anySatisfy(line -> assertThat(line).contains("managed virtual network no → yes"))
                .anySatisfy(line -> assertThat(line).contains("private endpoint none → Hub network"));
    }

    @Test
    void positionsMovedOnEitherSideComeTogetherAndAPositionOfARemovedStoreGoes() {
        Plan base = ordersPlan();
        Plan mine = base.withLayout(PlanLayout.EMPTY.withLocation("dc", new Position(10, 20))
                .withDataStore("dwh", new Position(5, 5)));
        Plan theirs = ordersPlan(base.dataFactory(), List.of(SQL_VM), List.of())
                .withLayout(PlanLayout.EMPTY.withLocation("vnet", new Position(600, 20)));

        PlanMerge merge = PlanMerge.of(base, mine, theirs);

        assertThat(merge.merged().layout().locations()).containsOnlyKeys("dc", "vnet")
                .containsEntry("dc", new Position(10, 20)).containsEntry("vnet", new Position(600, 20));
        assertThat(merge.merged().dataStores()).extracting(DataStore::id).containsExactly("sql-vm");
        assertThat(merge.merged().layout().dataStores()).isEmpty();
    }

    @Test
    void theMergeKnowsEveryComponentOfThePlanRecords() {
        assertThat(components(Plan.class)).containsExactly("schemaVersion", "name", "dataFactory", "locations",
                "links", "dataStores", "flows", "runtime", "credentials", "layout");
        assertThat(components(DataFactory.class)).containsExactly("name", "region", "endpointStyle",
                "managedVirtualNetwork");
        assertThat(components(RuntimeOptions.class)).containsExactly("interactiveAuthoring", "autoUpdate",
                "remoteAccessFromIntranet");
        assertThat(components(CredentialOptions.class)).containsExactly("store", "keyVaultName");
        assertThat(components(Location.class)).containsExactly("id", "name", "kind", "egressIps", "addressSpaces",
                "runtimeNodes");
        assertThat(components(Link.class)).containsExactly("between", "type");
        assertThat(components(DataStore.class)).containsExactly("id", "name", "type", "location", "connector",
                "privateEndpoint", "managedPrivateEndpoint");
        assertThat(components(Flow.class)).containsExactly("id", "source", "sink", "stagedCopy", "activities");
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
