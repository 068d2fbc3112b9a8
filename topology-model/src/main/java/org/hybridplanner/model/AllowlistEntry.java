package org.hybridplanner.model;

import java.util.List;
import java.util.Objects;

/**
 * An entry a data store's firewall needs so that a runtime can reach it.
 *
 * @param dataStore the store whose firewall is configured
 * @param runtime the runtime that connects
 * @param addresses the addresses (IPs or CIDRs) to allow; empty when the plan lacks them (see warnings), or
 *     the service tag name for the Azure runtime
 * @param basis which addresses these are
 * @param reference the reference section it comes from
 * @param purpose who connects, through which firewall, and when the entry may not be needed
 */
public record AllowlistEntry(String dataStore, String runtime, List<String> addresses, AddressBasis basis,
        String reference, String purpose) {
    public AllowlistEntry {
        Objects.requireNonNull(dataStore, "dataStore");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reference, "reference");
        addresses = List.copyOf(addresses);
        purpose = purpose == null ? "" : purpose;
    }

    /** An entry without a stated purpose. */
    public AllowlistEntry(String dataStore, String runtime, List<String> addresses, AddressBasis basis,
            String reference) {
        this(dataStore, runtime, addresses, basis, reference, "");
    }
}
