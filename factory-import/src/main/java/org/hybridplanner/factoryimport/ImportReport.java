package org.hybridplanner.factoryimport;

import java.util.List;
import java.util.Objects;

/**
 * What an import read, inferred and asks. Never holds a credential: endpoints are host names (and ports) only,
 * and a value the export keeps secret is named by where it is kept, never shown.
 *
 * @param factory the data factory's name as the plan has it
 * @param region the plan's region; {@code regionFromExport} says whether the export stated it
 * @param exportKind the shape of the export that was read
 * @param files how many JSON files were read
 * @param checklist what the architect should confirm or answer, most important first
 * @param stores one entry per imported data store
 * @param runtimes the integration runtimes the stores connect through
 * @param flows one entry per plan flow, with the activities it stands for
 * @param notUsed linked services no Copy activity or data flow reads or writes (not imported as stores)
 * @param ignoredFiles files of the export that were not read, with why
 */
public record ImportReport(String factory, String region, boolean regionFromExport, ExportKind exportKind, int files,
        List<ChecklistItem> checklist, List<ImportedStore> stores, List<ImportedRuntime> runtimes,
        List<ImportedFlow> flows, List<String> notUsed, List<String> ignoredFiles) {
    public ImportReport {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(exportKind, "exportKind");
        checklist = List.copyOf(checklist);
        stores = List.copyOf(stores);
        runtimes = List.copyOf(runtimes);
        flows = List.copyOf(flows);
        notUsed = List.copyOf(notUsed);
        ignoredFiles = List.copyOf(ignoredFiles);
    }

    /** One thing to confirm or answer, about one element of the plan ({@code subject}: a store, location, ...). */
    public record ChecklistItem(ItemKind kind, String subject, String message) {
        public ChecklistItem {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * A data store made from a linked service.
     *
     * @param id the store's id in the plan
     * @param linkedService the linked service's name (the store's name)
     * @param connector the Data Factory type name, for example {@code AzureBlobFS}
     * @param storeType the catalog type the store has in the plan ({@code OTHER_CONNECTOR} when none fits)
     * @param location the id of the plan location it stands in
     * @param runtime the integration runtime it connects via ({@code AutoResolveIntegrationRuntime} by default)
     * @param endpoint its host (and port) when the export states it, else null
     * @param endpointFrom where the endpoint came from, or why it is unknown
     * @param privateEndpoint the managed private endpoint it is reached through, else null
     * @param file the export file that defines the linked service
     */
    public record ImportedStore(String id, String linkedService, String connector, String storeType, String location,
            String runtime, String endpoint, String endpointFrom, String privateEndpoint, String file) {
    }

    /**
     * An integration runtime of the factory.
     *
     * @param name its name in the factory
     * @param type {@code SelfHosted} or {@code Managed} (Azure)
     * @param location the plan location of a self-hosted runtime, else null
     * @param sharedFrom the resource id of the shared runtime a linked self-hosted runtime uses, else null
     * @param managedVirtualNetwork whether an Azure runtime runs in the factory's managed virtual network
     */
    public record ImportedRuntime(String name, String type, String location, String sharedFrom,
            boolean managedVirtualNetwork) {
    }

    /** A plan flow and the activities ({@code pipeline / activity}) it stands for. */
    public record ImportedFlow(String id, String source, String sink, boolean stagedCopy, List<String> activities) {
        public ImportedFlow {
            activities = List.copyOf(activities);
        }
    }
}
