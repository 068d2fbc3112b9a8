package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.LocationKind;
import org.junit.jupiter.api.Test;

/** The seed tables load, cover every vocabulary, and refuse unknown keys and dangling references. */
class SeedDataContractTest {

    /** The real seed files, with one file's text rewritten. */
    static RuleBook.SeedSource rewriting(String file, String from, String to) {
        return name -> {
            InputStream in = RuleBook.class.getResourceAsStream(RuleBook.SEED_ROOT + name);
            if (!name.equals(file)) {
                return in;
            }
            try (in) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).as("fixture text to rewrite in " + file).contains(from);
                return new ByteArrayInputStream(text.replaceFirst(java.util.regex.Pattern.quote(from), to)
                        .getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Test
    void loadsTheShippedTables() {
        RuleBook rules = RuleBook.load();

        assertThat(rules.catalog().storeTypes()).extracting("type").contains("SQL_SERVER", "ORACLE", "FILE_SHARE",
                "AZURE_SQL_DATABASE", "AZURE_SYNAPSE_ANALYTICS", "AZURE_DATA_LAKE_STORE", "AZURE_BLOB_STORAGE",
                "AZURE_TABLE_STORAGE", "AZURE_COSMOS_DB", "AMAZON_S3", "AMAZON_REDSHIFT", "SALESFORCE", "FTP", "ODATA");
        assertThat(rules.catalog().linkTypes()).extracting("type").containsExactlyInAnyOrder(LinkType.values());
        assertThat(rules.complianceCertifications()).contains("ISO 27001:2013", "SOC 1, 2, 3", "HITRUST");
    }

    @Test
    void catalogPlacesStoresWhereTheIssueSays() {
        var catalog = RuleBook.load().catalog();

        assertThat(catalog.storeType("SALESFORCE").orElseThrow().locationKinds())
                .containsExactly(LocationKind.PUBLIC_INTERNET);
        assertThat(catalog.storeType("AZURE_SQL_DATABASE").orElseThrow().locationKinds())
                .containsExactlyInAnyOrder(LocationKind.AZURE_PUBLIC, LocationKind.AZURE_VIRTUAL_NETWORK);
        assertThat(catalog.storeType("SQL_SERVER").orElseThrow().locationKinds())
                .containsExactlyInAnyOrder(LocationKind.ON_PREMISES, LocationKind.AZURE_VIRTUAL_NETWORK,
                        LocationKind.AWS_VPC);
        assertThat(catalog.linkTypesJoining(LocationKind.ON_PREMISES, LocationKind.AZURE_PUBLIC))
                .containsExactly(LinkType.EXPRESSROUTE_MICROSOFT_PEERING);
        assertThat(catalog.linkTypesJoining(LocationKind.ON_PREMISES, LocationKind.AWS_VPC))
                .doesNotContain(LinkType.EXPRESSROUTE_PRIVATE_PEERING);
    }

    @Test
    void everyFirewallScopeAndPlacementCoversEveryPrivateKind() {
        RuleBook rules = RuleBook.load();
        Set<LocationKind> privateKinds = Arrays.stream(LocationKind.values()).filter(LocationKind::isPrivate)
                .collect(Collectors.toSet());

        assertThat(rules.locationKinds.keySet()).containsExactlyInAnyOrderElementsOf(privateKinds);
    }

    @Test
    void refusesAnUnknownKey() {
        assertThatThrownBy(() -> RuleBook.load(rewriting("warnings.json", "\"severity\"", "\"sevrity\"")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("warnings.json")
                .hasMessageContaining("sevrity");
    }

    @Test
    void refusesAReferenceThatDoesNotExist() {
        assertThatThrownBy(() -> RuleBook.load(rewriting("firewall-rules.json",
                "\"reference\": \"Outbound: updates\"", "\"reference\": \"Outbound: nowhere\"")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("firewall-rules.json auto-update: cites unknown reference 'Outbound: nowhere'");
    }

    @Test
    void refusesAnUnknownStoreTypeInARuleCondition() {
        assertThatThrownBy(() -> RuleBook.load(rewriting("firewall-rules.json",
                "\"AZURE_DATA_LAKE_STORE\"", "\"AZURE_DATA_LAKE_STORE_GEN9\"")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown store type 'AZURE_DATA_LAKE_STORE_GEN9'");
    }

    @Test
    void refusesAnUnknownEncryptionAdviceId() {
        assertThatThrownBy(() -> RuleBook.load(rewriting("store-catalog.json", "\"at-rest-s3\"", "\"at-rest-s4\"")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("store-catalog.json AMAZON_S3: unknown encryption advice 'at-rest-s4'");
    }

    @Test
    void refusesAnUnknownEnumValue() {
        assertThatThrownBy(() -> RuleBook.load(rewriting("location-kinds.json", "\"AZURE_VM\"", "\"AZURE_VMM\"")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("location-kinds.json");
    }

    @Test
    void refusesAPrivateEndpointRowWhoseZoneIsNotAPrivateLinkZone() {
        assertThatThrownBy(() -> RuleBook.load(rewriting("private-endpoints.json",
                "\"privatelink.database.windows.net\"", "\"database.windows.net\"")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("private-endpoints.json AZURE_SQL_DATABASE")
                .hasMessageContaining("privatelink.* zone");
    }

    @Test
    void refusesAPrivateEndpointRowWithoutAZoneForEveryCloudOfItsType() {
        assertThatThrownBy(() -> RuleBook.load(rewriting("private-endpoints.json",
                "\"CHINA\": \"privatelink.database.chinacloudapi.cn\"", "\"CHINESE\": \"privatelink.x\"")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("private-endpoints.json");
    }

    @Test
    void refusesAConnectorListedTwiceOrMappedToAnUnknownType() {
        assertThatThrownBy(() -> RuleBook.load(rewriting("data-factory-connectors.json",
                "\"dataFactoryType\": \"AzureBlobStorage\"", "\"dataFactoryType\": \"AzureBlobFS\"")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AzureBlobFS is listed twice");
        assertThatThrownBy(() -> RuleBook.load(rewriting("data-factory-connectors.json",
                "\"storeType\": \"AZURE_DATA_LAKE_STORAGE_GEN2\"", "\"storeType\": \"AZURE_LAKE\"")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("data-factory-connectors.json AzureBlobFS");
    }
}
