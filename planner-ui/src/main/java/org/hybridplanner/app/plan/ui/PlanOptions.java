package org.hybridplanner.app.plan.ui;

import org.hybridplanner.model.CredentialOptions;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.RuntimeOptions;

/** Both option groups of a plan, as {@link OptionsForm} edits them together (public: Binder reads it reflectively). */
public record PlanOptions(boolean interactiveAuthoring, boolean autoUpdate, boolean remoteAccessFromIntranet,
        CredentialStore store, String keyVaultName) {
    static PlanOptions of(Plan plan) {
        return new PlanOptions(plan.runtime().interactiveAuthoring(), plan.runtime().autoUpdate(),
                plan.runtime().remoteAccessFromIntranet(), plan.credentials().store(), plan.credentials().keyVaultName());
    }

    RuntimeOptions runtime() {
        return new RuntimeOptions(interactiveAuthoring, autoUpdate, remoteAccessFromIntranet);
    }

    CredentialOptions credentials() {
        return new CredentialOptions(store, keyVaultName);
    }
}
