package org.hybridplanner.factoryimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** The connector table (seed data) and the endpoint reader: facts in one place, credentials never read. */
class ConnectorTableTest {
    private static final Catalog CATALOG = RecommendationEngine.standard().catalog();

    private static ConnectorMapping parse(String json) {
        return ConnectorMapping.parse(JsonMapper.builder().build().readTree(json), CATALOG);
    }

    @Test
    void theShippedTableLoadsAndCoversTheConnectorsFactoriesUse() {
        ConnectorMapping table = ConnectorMapping.load(CATALOG);

        for (String type : List.of("AzureBlobFS", "AzureBlobStorage", "AzureSqlDatabase", "AzureSqlDW", "AzureSqlMI",
                "AzureDataLakeStore", "SqlServer", "Oracle", "SapHana", "Sftp", "RestService", "AmazonS3",
                "Salesforce", "SalesforceV2", "Dynamics365", "SnowflakeV2", "SharePointOnlineList")) {
            assertThat(table.row(type)).as(type).isPresent();
            assertThat(table.row(type).orElseThrow().source()).startsWith("https://learn.microsoft.com/");
        }
        assertThat(table.row("AzureBlobFS").orElseThrow().storeType()).as("Gen2 is not Gen1")
                .isEqualTo("AZURE_DATA_LAKE_STORAGE_GEN2");
        assertThat(table.row("AzureDataLakeStore").orElseThrow().storeType()).isEqualTo("AZURE_DATA_LAKE_STORE");
    }

    @Test
    void refusesAnUnknownKeyAStoreTypeTheCatalogLacksAndADuplicate() {
        assertThatThrownBy(() -> parse("[{\"dataFactoryType\": \"X\", \"storType\": null}]"))
                .hasMessageContaining("row 1: unknown key 'storType'");
        assertThatThrownBy(() -> parse("[{\"dataFactoryType\": \"X\", \"storeType\": \"ADLS_GEN9\","
                + " \"azureRuntimeLocation\": \"AZURE_PUBLIC\", \"source\": \"s\"}]"))
                .hasMessageContaining("X: unknown store type 'ADLS_GEN9'");
        String row = "{\"dataFactoryType\": \"X\", \"storeType\": null, \"azureRuntimeLocation\": \"AZURE_PUBLIC\","
                + " \"source\": \"s\"}";
        assertThatThrownBy(() -> parse("[" + row + ", " + row + "]")).hasMessageContaining("X is listed twice");
        assertThatThrownBy(() -> parse("[{\"dataFactoryType\": \"X\", \"storeType\": null,"
                + " \"azureRuntimeLocation\": \"ON_PREMISES\", \"source\": \"s\"}]"))
                .hasMessageContaining("azureRuntimeLocation must be AZURE_PUBLIC or PUBLIC_INTERNET");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SqlServer|Data Source=tcp:sql01.corp.example,1433;User ID=u;Password=secret|sql01.corp.example:1433",
        "Oracle|Host=ora.example;Port=1521;Sid=ERP;Password=secret|ora.example:1521",
        "AzureBlobStorage|DefaultEndpointsProtocol=https;AccountName=acct01;AccountKey=secret|"
                + "acct01.blob.core.windows.net",
        "AzureTableStorage|AccountName=acct01;AccountKey=secret;EndpointSuffix=core.chinacloudapi.cn|"
                + "acct01.table.core.chinacloudapi.cn",
        "CosmosDb|AccountEndpoint=https://cosmos1.documents.azure.com:443/;AccountKey=secret|"
                + "cosmos1.documents.azure.com:443",
    })
    void aConnectionStringGivesItsHostAndNothingElse(String connector, String connectionString, String host) {
        String found = Endpoints.fromConnectionString(connector, connectionString);

        assertThat(found).isEqualTo(host).doesNotContain("secret");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://user:secret@api.example.com/v1?token=secret|api.example.com",
        "\\\\fs01\\share|fs01",
        "sftp.example.com|sftp.example.com",
        "not a host!|",
    })
    void aUrlGivesItsHostWithoutUserInformationPathOrQuery(String text, String host) {
        assertThat(Endpoints.host(text)).isEqualTo(host);
    }

    @Test
    void anArmResourceNameIsTheLastPartOfItsNameExpression() {
        assertThat(ArmTemplateReader.resourceName("[concat(parameters('factoryName'), '/ls_sql')]"))
                .isEqualTo("ls_sql");
        assertThat(ArmTemplateReader.resourceName("[concat(parameters('factoryName'), '/default/mpe_1')]"))
                .isEqualTo("mpe_1");
        assertThat(ArmTemplateReader.resourceName("contoso/ls_plain")).isEqualTo("ls_plain");
    }

    @Test
    void aNameWithControlCharactersOrOverTheLimitBecomesAPlanName() {
        assertThat(PlanAssembler.shortened("line\nbreak")).isEqualTo("line break");
        assertThat(PlanAssembler.shortened("x".repeat(600))).hasSize(512).endsWith("…");
    }
}
