package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hybridplanner.engine.TopologyFixtures.plan;

import org.hybridplanner.model.Advice;
import org.hybridplanner.model.CredentialAdvice;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.EncryptionAdvice;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.junit.jupiter.api.Test;

/** Credential advice per credential store, and encryption in transit and at rest per data store. */
class AdviceTest {
    private final RecommendationEngine engine = RecommendationEngine.standard();

    private CredentialAdvice credentials(CredentialStore store, String vault, boolean remoteAccess) {
        Plan plan = plan().onPremises("dc").azurePublic("az").store("a", "SQL_SERVER", "dc")
                .store("b", "AZURE_SQL_DATABASE", "az").flow("f", "a", "b")
                .runtime(true, true, remoteAccess).credentials(store, vault).build();
        return engine.recommend(plan).credentials();
    }

    @Test
    void keyVaultAdviceNamesTheVaultAndTheRuntimesThatReachIt() {
        CredentialAdvice advice = credentials(CredentialStore.AZURE_KEY_VAULT, "contoso-kv", false);

        assertThat(advice.store()).isEqualTo(CredentialStore.AZURE_KEY_VAULT);
        assertThat(advice.advice()).extracting(Advice::text)
                .anySatisfy(text -> assertThat(text).contains("Key Vault contoso-kv"))
                .anySatisfy(text -> assertThat(text).contains("(shir-dc)"));
    }

    @Test
    void dataFactoryManagedCredentialsAreEncryptedOnTheRuntimeWithDpapi() {
        assertThat(credentials(CredentialStore.DATA_FACTORY_MANAGED, null, false).advice()).extracting(Advice::text)
                .anySatisfy(text -> assertThat(text).contains("rotated every two years"))
                .anySatisfy(text -> assertThat(text).contains("DPAPI"));
    }

    @Test
    void locallyEncryptedCredentialsGiveTheCmdletPathAndFollowRemoteAccess() {
        CredentialAdvice local = credentials(CredentialStore.SELF_HOSTED_LOCAL, null, false);
        assertThat(local.advice()).extracting(Advice::text)
                .anySatisfy(text -> assertThat(text).contains("New-AzDataFactoryV2LinkedServiceEncryptedCredential")
                        .contains("Set-AzDataFactoryV2LinkedService"))
                .anySatisfy(text -> assertThat(text).contains("run the encryption cmdlet on each runtime machine"));

        CredentialAdvice remote = credentials(CredentialStore.SELF_HOSTED_LOCAL, null, true);
        assertThat(remote.advice()).extracting(Advice::text)
                .anySatisfy(text -> assertThat(text).contains("TCP 8060"))
                .noneSatisfy(text -> assertThat(text).contains("run the encryption cmdlet on each runtime machine"));
    }

    @Test
    void encryptionAdviceFollowsTheStoreType() {
        Plan plan = plan().onPremises("dc").azurePublic("az").internet("web")
                .store("ora", "ORACLE", "dc").store("sql", "AZURE_SQL_DATABASE", "az")
                .store("blob", "AZURE_BLOB_STORAGE", "az").store("sf", "SALESFORCE", "web")
                .flow("f1", "ora", "sql").flow("f2", "sf", "blob").build();

        Recommendation recommendation = engine.recommend(plan);

        assertThat(advice(recommendation, "ora").inTransit()).extracting(Advice::text)
                .anySatisfy(text -> assertThat(text).contains("Oracle Advanced Security"))
                .anySatisfy(text -> assertThat(text).contains("EncryptionMethod=1"));
        assertThat(advice(recommendation, "sql").inTransit()).extracting(Advice::text)
                .anySatisfy(text -> assertThat(text).contains("encrypt=true"))
                .anySatisfy(text -> assertThat(text).contains("TLS 1.2"));
        assertThat(advice(recommendation, "sql").atRest()).extracting(Advice::text)
                .anySatisfy(text -> assertThat(text).contains("Transparent Data Encryption"));
        assertThat(advice(recommendation, "blob").atRest()).extracting(Advice::text)
                .anySatisfy(text -> assertThat(text).contains("Storage Service Encryption"));
        assertThat(advice(recommendation, "sf").atRest()).extracting(Advice::text)
                .anySatisfy(text -> assertThat(text).contains("Shield Platform Encryption"));
    }

    private static EncryptionAdvice advice(Recommendation recommendation, String store) {
        return recommendation.encryption().stream().filter(e -> e.dataStore().equals(store)).findFirst().orElseThrow();
    }
}
