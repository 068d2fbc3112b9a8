package org.hybridplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports follow the recommendation's cloud and what each boundary can enforce: a Government plan's scripts select
 * Azure Government first and name only its hosts; NSG rules name service tags, never domains; domains an NSG or
 * security group cannot match are listed for a name-aware firewall; plain FTP is never called TLS.
 */
class CloudAndBoundaryExportTest {
    private static final RecommendationEngine ENGINE = RecommendationEngine.standard();

    @TempDir
    Path dir;

    private static Plan plan(String region, String extraStores, String extraFlows) {
        return ENGINE.reader().read("""
                {"schemaVersion": 1, "name": "Sovereign plan",
                 "dataFactory": {"name": "gov-adf", "region": "%s"},
                 "locations": [
                   {"id": "dc", "name": "Datacenter", "kind": "ON_PREMISES", "egressIps": ["203.0.113.10"],
                    "addressSpaces": ["10.10.0.0/16"]},
                   {"id": "vnet", "name": "App VNet", "kind": "AZURE_VIRTUAL_NETWORK", "egressIps": ["20.1.1.1"],
                    "addressSpaces": ["10.20.0.0/16"]},
                   {"id": "az", "name": "Azure endpoints", "kind": "AZURE_PUBLIC"},
                   {"id": "net", "name": "Internet", "kind": "PUBLIC_INTERNET"}],
                 "links": [{"between": ["dc", "vnet"], "type": "SITE_TO_SITE_VPN"}],
                 "dataStores": [
                   {"id": "erp", "name": "ERP", "type": "SQL_SERVER", "location": "dc"},
                   {"id": "app", "name": "App DB", "type": "SQL_SERVER", "location": "vnet"},
                   {"id": "sql", "name": "Sales DB", "type": "AZURE_SQL_DATABASE", "location": "az"}%s],
                 "flows": [{"id": "f1", "source": "erp", "sink": "app"},
                           {"id": "f2", "source": "app", "sink": "sql"}%s],
                 "credentials": {"store": "AZURE_KEY_VAULT", "keyVaultName": "gov-kv"}}
                """.formatted(region, extraStores, extraFlows)).planOrThrow();
    }

    private Path export(ExportFormat format, Plan plan, Recommendation recommendation) throws IOException {
        return ExportCases.exportTo(dir, format, plan, recommendation);
    }

    @Test
    void azureCliScriptForGovernmentSelectsTheCloudFirstAndAllowsServiceTags() throws Exception {
        Plan plan = plan("usgovvirginia", "", "");
        Recommendation recommendation = ENGINE.recommend(plan);
        Path script = export(ExportFormat.AZURE_CLI, plan, recommendation);

        List<String> calls = Bash.runWithFakeCli(script, "az", dir);

        assertThat(calls.getFirst()).isEqualTo("cloud set --name AzureUSGovernment");
        assertThat(calls).filteredOn(call -> call.startsWith("network nsg rule create")).isNotEmpty()
                .allSatisfy(call -> assertThat(call).containsPattern(
                        "--destination-address-prefixes"
                                + " (AzureCloud|DataFactoryManagement|Internet|Sql|AzureKeyVault) "));
        String text = Files.readString(script);
        assertThat(text).contains("Azure Firewall application rules", "*.servicebus.usgovcloudapi.net TCP 443",
                "download.microsoft.com TCP 443").doesNotContain("windows.net");
    }

    @Test
    void azureCliScriptForChinaSelectsAzureChinaCloud() throws Exception {
        Plan plan = plan("chinanorth3", "", "");
        List<String> calls = Bash.runWithFakeCli(export(ExportFormat.AZURE_CLI, plan, ENGINE.recommend(plan)), "az",
                dir);

        assertThat(calls.getFirst()).isEqualTo("cloud set --name AzureChinaCloud");
    }

    @Test
    void csvSaysWhatEachBoundaryAllows() throws Exception {
        Plan plan = plan("usgovvirginia", "", "");
        List<List<String>> rows = Csv.parse(Files.readString(export(ExportFormat.CSV, plan, ENGINE.recommend(plan))));

        assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence("Azure network security group",
                "shir-vnet", "outbound", "*.servicebus.usgovcloudapi.net", "service tag AzureCloud", "443"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence(
                "Azure Firewall application rules (or the corporate proxy)", "shir-vnet", "outbound",
                "*.servicebus.usgovcloudapi.net", "domain *.servicebus.usgovcloudapi.net"));
        assertThat(rows).noneMatch(row -> row.getFirst().equals("Azure network security group")
                && row.get(4).startsWith("domain"));
        assertThat(rows).anySatisfy(row -> assertThat(row.get(7)).contains("might not require an allowlist entry"));
    }

    @Test
    void pdfNamesTheCloudItsHostsAndWhatEachBoundaryEnforces() throws Exception {
        Plan plan = plan("usgovvirginia", "", "");
        try (PDDocument pdf = Loader.loadPDF(export(ExportFormat.PDF, plan, ENGINE.recommend(plan)).toFile())) {
            String flat = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            // The reference list may quote the table's public-cloud section titles; the design itself may not.
            String design = flat.substring(0, flat.lastIndexOf("References"));

            assertThat(design).contains("Cloud Azure Government", "*.frontend.datamovement.",
                    "What it can enforce: it filters by address", "service tag AzureCloud",
                    "Azure Firewall application rules", "might not require an allowlist entry",
                    "Other data factories can share this runtime")
                    .doesNotContain("windows.net").doesNotContain("TLS over the internet");
        }
    }

    @Test
    void pdfNeverDescribesAPlainFtpFlowAsTls() throws Exception {
        Plan plan = plan("westeurope", ", {\"id\": \"ftp\", \"name\": \"Partner drop\", \"type\": \"FTP\","
                + " \"location\": \"net\"}", ", {\"id\": \"f3\", \"source\": \"ftp\", \"sink\": \"sql\"}");
        try (PDDocument pdf = Loader.loadPDF(export(ExportFormat.PDF, plan, ENGINE.recommend(plan)).toFile())) {
            String flat = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            int start = flat.indexOf("Flow f3");
            String flow = flat.substring(start, flat.indexOf("Firewall rules", start));

            assertThat(flow).contains("Partner drop speaks plain FTP", "clear text")
                    .doesNotContain("HTTPS or TLS, all data transfers").doesNotContain("TLS over the internet");
        }
    }

    @Test
    void awsScriptFindsRedshiftThroughTheCatalogAndListsWhatSecurityGroupsCanAllow() throws Exception {
        Plan plan = ENGINE.reader().read("""
                {"schemaVersion": 1, "name": "AWS plan", "dataFactory": {"name": "aws-adf", "region": "westeurope"},
                 "locations": [
                   {"id": "vpc", "name": "VPC", "kind": "AWS_VPC", "egressIps": ["52.1.1.1"],
                    "addressSpaces": ["10.30.0.0/16"]},
                   {"id": "net", "name": "Internet", "kind": "PUBLIC_INTERNET"}],
                 "dataStores": [
                   {"id": "rs", "name": "Warehouse", "type": "AMAZON_REDSHIFT", "location": "vpc"},
                   {"id": "s3", "name": "Bucket", "type": "AMAZON_S3", "location": "net"}],
                 "flows": [{"id": "f", "source": "rs", "sink": "s3"}]}
                """).planOrThrow();
        Path script = export(ExportFormat.AWS_CLI, plan, ENGINE.recommend(plan));
        String text = Files.readString(script);

        assertThat(text).contains("shir-vpc egress TCP 443 to prefix list com.amazonaws.<bucket-region>.s3 for"
                + " *.amazonaws.com", "shir-vpc egress TCP 443 to 0.0.0.0/0 for download.microsoft.com",
                "AWS Network Firewall domain list", "shir-vpc: *.servicebus.windows.net TCP 443");
        assertThat(Bash.runWithFakeCli(script, "aws", dir)).singleElement().satisfies(call ->
                assertThat(call).startsWith("ec2 authorize-security-group-ingress").contains("CidrIp=10.30.0.0/16"));
    }
}
