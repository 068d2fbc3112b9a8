package org.hybridplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Azure CLI script for stores behind a storage account's firewall (Data Lake Storage Gen2) and for allowlist
 * entries it cannot set itself, run against a recording fake {@code az}.
 */
class StorageAccountScriptTest {
    private static final RecommendationEngine ENGINE = RecommendationEngine.standard();

    @TempDir
    Path dir;

    private static Plan plan(String region) {
        var read = ENGINE.reader().read("""
                {"schemaVersion": 1, "name": "Lake",
                 "dataFactory": {"name": "adf-lake", "region": "%s"},
                 "locations": [
                   {"id": "dc", "name": "Datacenter", "kind": "ON_PREMISES", "egressIps": ["203.0.113.10",
                    "2001:db8::10"], "addressSpaces": ["10.1.0.0/16"]},
                   {"id": "az", "name": "Azure", "kind": "AZURE_PUBLIC"}],
                 "links": [],
                 "dataStores": [
                   {"id": "erp", "name": "ERP", "type": "SQL_SERVER", "location": "dc"},
                   {"id": "lake", "name": "Lake", "type": "AZURE_DATA_LAKE_STORAGE_GEN2", "location": "az"},
                   {"id": "mi", "name": "Finance MI", "type": "AZURE_SQL_MANAGED_INSTANCE", "location": "az"}],
                 "flows": [{"id": "f1", "source": "erp", "sink": "lake"}, {"id": "f2", "source": "erp", "sink": "mi"}]}
                """.formatted(region));
        assertThat(read.problems()).isEmpty();
        return read.planOrThrow();
    }

    private Path export(Plan plan, Recommendation recommendation) throws IOException {
        return ExportCases.exportTo(dir, ExportFormat.AZURE_CLI, plan, recommendation);
    }

    @Test
    void aGen2LakeGetsStorageAccountNetworkRulesNeverDataLakeStoreCommands() throws Exception {
        Plan plan = plan("westeurope");
        Path script = export(plan, ENGINE.recommend(plan));

        List<String> calls = Bash.runWithFakeCli(script, "az", dir);

        assertThat(calls).contains(
                "storage account network-rule add --resource-group rg-test --account-name lake --ip-address"
                        + " 203.0.113.10 --output none",
                "storage account network-rule list --resource-group rg-test --account-name lake --query"
                        + " ipRules[].ipAddressOrRange --output tsv");
        assertThat(calls).noneMatch(call -> call.startsWith("dls ") || call.contains("2001:db8::10"));
        assertThat(Files.readString(script)).contains("SKIPPED 2001:db8::10").contains("Not configured by this script")
                .contains("Finance MI, runtime shir-dc: allow 203.0.113.10, 2001:db8::10")
                .contains("network security group on the managed instance's subnet");
    }

    @Test
    void theScriptRunsAgainstTheFactorysCloud() throws Exception {
        Plan plan = plan("chinaeast2");
        List<String> calls = Bash.runWithFakeCli(export(plan, ENGINE.recommend(plan)), "az", dir);

        assertThat(calls.getFirst()).isEqualTo("cloud set --name AzureChinaCloud");
        assertThat(calls).anyMatch(call -> call.startsWith("storage account network-rule add"));
    }
}
