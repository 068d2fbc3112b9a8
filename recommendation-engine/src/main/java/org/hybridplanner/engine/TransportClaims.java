package org.hybridplanner.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Reason;
import org.hybridplanner.model.TransportSecurity;

/**
 * What a flow's reasons may say about encryption in transit: only what the store catalog says each store
 * supports, for each store reached on a public endpoint. A plain FTP server is never described as TLS.
 */
final class TransportClaims {
    private final Map<String, TransportSecurity> transport = new HashMap<>();
    private final Findings findings;
    /** Each store's claim, by store id, for hybrid and for cloud flows: the same for every flow it takes part in. */
    private final Map<String, Reason> hybridClaims = new HashMap<>();
    private final Map<String, Reason> cloudClaims = new HashMap<>();

    TransportClaims(Catalog catalog, Findings findings) {
        // Looked up twice per flow: a map rather than the catalog's list scan.
        catalog.storeTypes().forEach(spec -> transport.put(spec.type(), spec.transport()));
        this.findings = findings;
    }

    /** Adds one reason per store of the flow that the data reaches on a public endpoint; none for private stores. */
    void of(DataStore source, Location from, DataStore sink, Location to, boolean hybrid, List<Reason> reasons) {
        claim(source, from, hybrid, reasons);
        if (!sink.id().equals(source.id())) {
            claim(sink, to, hybrid, reasons);
        }
    }

    private void claim(DataStore store, Location location, boolean hybrid, List<Reason> reasons) {
        TransportSecurity security = transport.get(store.type());
        if (location.kind().isPrivate() || security == TransportSecurity.UNKNOWN
                || security == TransportSecurity.OWN_ENCRYPTION) {
            return;
        }
        reasons.add((hybrid ? hybridClaims : cloudClaims).computeIfAbsent(store.id(),
                id -> claim(store, location, hybrid)));
    }

    private Reason claim(DataStore store, Location location, boolean hybrid) {
        return switch (transport.get(store.type())) {
            case NONE -> findings.reason(store.name() + " speaks plain FTP, which has no encryption: its credentials"
                    + " and data cross the network in clear text.", CitedReference.PLAIN_FTP);
            case REQUIRED -> findings.reason(store.name() + " requires SSL/TLS on every connection, so transfers"
                    + " with it are encrypted.", CitedReference.ENCRYPTION_REQUIRED_BY_STORE);
            case SUPPORTED -> hybrid && location.kind() == LocationKind.AZURE_PUBLIC
                    ? findings.reason("Transfers between the self-hosted runtime and " + store.name()
                            + ", an Azure service, run over HTTPS and TLS.",
                            CitedReference.ENCRYPTED_WITH_AZURE_SERVICES)
                    : findings.reason(store.name() + " supports HTTPS or TLS: transfers with it run over a secure"
                            + " channel when its linked service uses that endpoint.",
                            CitedReference.ENCRYPTED_WITH_CLOUD_STORES);
            case UNKNOWN, OWN_ENCRYPTION -> throw new IllegalStateException("no claim for " + store.type());
        };
    }
}
