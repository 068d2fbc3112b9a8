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
    /**
     * By the store's position in the plan, filled when the store first takes part in a flow: its type's transport
     * security, and its claim for hybrid and for cloud flows, the same for every flow it takes part in. Arrays, not
     * maps by id: a large plan asks twice per flow.
     */
    private final TransportSecurity[] security;
    private final Reason[] hybridClaims;
    private final Reason[] cloudClaims;

    TransportClaims(Catalog catalog, int storeCount, Findings findings) {
        catalog.storeTypes().forEach(spec -> transport.put(spec.type(), spec.transport()));
        this.findings = findings;
        this.security = new TransportSecurity[storeCount];
        this.hybridClaims = new Reason[storeCount];
        this.cloudClaims = new Reason[storeCount];
    }

    /**
     * Adds one reason per store of the flow that the data reaches on a public endpoint; none for private stores.
     * {@code sourceAt} and {@code sinkAt} are the stores' positions in the plan.
     */
    void of(int sourceAt, DataStore source, Location from, int sinkAt, DataStore sink, Location to, boolean hybrid,
            List<Reason> reasons) {
        claim(sourceAt, source, from, hybrid, reasons);
        if (sinkAt != sourceAt) {
            claim(sinkAt, sink, to, hybrid, reasons);
        }
    }

    private void claim(int storeAt, DataStore store, Location location, boolean hybrid, List<Reason> reasons) {
        if (location.kind().isPrivate()) {
            return;
        }
        TransportSecurity supported = security[storeAt];
        if (supported == null) {
            supported = transport.get(store.type());
            security[storeAt] = supported;
        }
        if (supported == TransportSecurity.UNKNOWN || supported == TransportSecurity.OWN_ENCRYPTION) {
            return;
        }
        Reason[] claims = hybrid ? hybridClaims : cloudClaims;
        Reason claim = claims[storeAt];
        if (claim == null) {
            claim = claim(store, location, supported, hybrid);
            claims[storeAt] = claim;
        }
        reasons.add(claim);
    }

    private Reason claim(DataStore store, Location location, TransportSecurity supported, boolean hybrid) {
        return switch (supported) {
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
