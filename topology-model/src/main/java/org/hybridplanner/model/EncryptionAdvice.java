package org.hybridplanner.model;

import java.util.List;

/** Encryption in transit and at rest for one data store. */
public record EncryptionAdvice(String dataStore, String storeType, List<Advice> inTransit, List<Advice> atRest) {
    public EncryptionAdvice {
        inTransit = List.copyOf(inTransit);
        atRest = List.copyOf(atRest);
    }
}
