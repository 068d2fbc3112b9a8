package org.hybridplanner.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
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
 * @param notes further statements about the entry that rest on another reference than {@code reference}, each
 *     citing its own (for example what a runtime of several nodes needs); empty for most entries
 */
public record AllowlistEntry(String dataStore, String runtime, List<String> addresses, AddressBasis basis,
        String reference, String purpose, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Reason> notes) {
    public AllowlistEntry {
        Objects.requireNonNull(dataStore, "dataStore");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reference, "reference");
        addresses = List.copyOf(addresses);
        purpose = purpose == null ? "" : purpose;
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** An entry whose statements all rest on its one reference. */
    public AllowlistEntry(String dataStore, String runtime, List<String> addresses, AddressBasis basis,
            String reference, String purpose) {
        this(dataStore, runtime, addresses, basis, reference, purpose, List.of());
    }

    /** An entry without a stated purpose. */
    public AllowlistEntry(String dataStore, String runtime, List<String> addresses, AddressBasis basis,
            String reference) {
        this(dataStore, runtime, addresses, basis, reference, "");
    }

    /** The purpose and the notes, each with the reference it cites, in that order. */
    @JsonIgnore
    public List<Reason> reasons() {
        if (notes.isEmpty()) {
            return List.of(new Reason(purpose, reference, ClaimKind.ALLOWLIST_ENTRY));
        }
        List<Reason> reasons = new ArrayList<>(notes.size() + 1);
        reasons.add(new Reason(purpose, reference, ClaimKind.ALLOWLIST_ENTRY));
        reasons.addAll(notes);
        return List.copyOf(reasons);
    }
}
