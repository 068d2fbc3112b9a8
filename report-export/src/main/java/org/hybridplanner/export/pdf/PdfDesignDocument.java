package org.hybridplanner.export.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.hybridplanner.export.ExportContext;
import org.hybridplanner.export.diagram.DiagramLayout;
import org.hybridplanner.export.diagram.DiagramPainter;
import org.hybridplanner.export.rules.RuleRow;
import org.hybridplanner.export.rules.RuleRows;
import org.hybridplanner.export.text.DisplayText;
import org.hybridplanner.export.text.Quantity;
import org.hybridplanner.export.text.StoreTypeNames;
import org.hybridplanner.model.Advice;
import org.hybridplanner.model.AddressBasis;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.EncryptionAdvice;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.FlowStatus;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Reason;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.Reference;
import org.hybridplanner.model.RuleScope;
import org.hybridplanner.model.RuntimePlacement;
import org.hybridplanner.model.Warning;

/**
 * Writes the design document a security review board reads (Apache PDFBox): title page, decision summary, the
 * diagram as vector graphics, a section per runtime and per flow with the reasoning and the quoted source
 * sentence, rule tables by where they are configured, credential and encryption checklists, warnings, compliance
 * certifications and references. Page numbers, bookmarks and metadata; the fonts of the chain embedded (subset).
 */
public final class PdfDesignDocument {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.ENGLISH);
    private static final List<String> RULE_HEADERS =
            List.of("Runtime", "Direction", "Host", "Port", "Protocol", "Purpose", "Reference");
    private static final float[] RULE_WEIGHTS = {1.25f, 1.2f, 2.55f, 0.75f, 1.1f, 1.7f, 1.2f};
    /** Room a subheading keeps below itself for the table it introduces: the header and two rows. */
    private static final float TABLE_START = 60;
    /** The diagram's caption, in points. */
    private static final float CAPTION_SIZE = 8;
    /** Room a subheading keeps below itself for its checklist: three lines of the first item. */
    private static final float CHECKLIST_START = 3 * 13.5f;
    private final StoreTypeNames typeNames;
    private final List<String> certifications;
    private final String complianceReference;

    /**
     * @param typeNames display names of store types
     * @param certifications the compliance certifications the reference article lists
     * @param complianceReference the reference id those certifications are cited with
     */
    public PdfDesignDocument(StoreTypeNames typeNames, List<String> certifications, String complianceReference) {
        this.typeNames = typeNames;
        this.certifications = List.copyOf(certifications);
        this.complianceReference = complianceReference;
    }

    /** Writes the document for {@code plan} and its {@code recommendation}, with {@code diagram} drawn in it. */
    public void write(Plan plan, Recommendation recommendation, DiagramLayout diagram, ExportContext context,
            OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); PageFlow flow = new PageFlow(document)) {
            new Writer(plan, recommendation, diagram, context, flow).write();
            flow.finish(plan.name());
            metadata(document, plan, context);
            document.save(out);
        }
    }

    private void metadata(PDDocument document, Plan plan, ExportContext context) {
        PDDocumentInformation info = document.getDocumentInformation();
        String name = DisplayText.withoutIsolates(DisplayText.printable(plan.name()));
        info.setTitle("Network design: " + name);
        info.setAuthor(DisplayText.withoutIsolates(DisplayText.printable(context.author())));
        info.setSubject("Azure Data Factory integration runtimes, connectivity, firewall rules and allowlists");
        info.setKeywords("Azure Data Factory, integration runtime, firewall, allowlist, " + context.versionLabel());
        info.setCreator("Hybrid topology planner");
        info.setProducer("Hybrid topology planner with Apache PDFBox");
        GregorianCalendar calendar = GregorianCalendar.from(context.timestamp());
        calendar.setTimeZone(TimeZone.getTimeZone(context.timestamp().getZone()));
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);
        info.setCustomMetadataValue("PlanVersion", context.versionLabel());
        // A file identifier derived from the content, so the same plan and clock give the same bytes.
        byte[] id = digest(name + "\n" + context.versionLabel() + "\n" + context.timestamp().toInstant());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] digest(String text) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)),
                    16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Writer {
        private final Plan plan;
        private final Recommendation recommendation;
        private final DiagramLayout diagram;
        private final ExportContext context;
        private final PageFlow flow;
        private final Map<String, Location> locations;
        private final Map<String, DataStore> stores;
        private final Map<String, Reference> references;

        Writer(Plan plan, Recommendation recommendation, DiagramLayout diagram, ExportContext context, PageFlow flow) {
            this.plan = plan;
            this.recommendation = recommendation;
            this.diagram = diagram;
            this.context = context;
            this.flow = flow;
            this.locations = index(plan.locations(), Location::id);
            this.stores = index(plan.dataStores(), DataStore::id);
            this.references = index(recommendation.references(), Reference::id);
        }

        void write() throws IOException {
            titlePage();
            summary();
            diagramPage();
            runtimes();
            flows();
            firewallRules();
            allowlists();
            credentials();
            encryption();
            warnings();
            compliance();
            referenceList();
        }

        private void titlePage() throws IOException {
            flow.newPage();
            flow.bookmark("Title page", null);
            flow.space(120);
            flow.paragraph("NETWORK DESIGN", flow.bold, 11, PageFlow.MUTED, 0);
            flow.space(8);
            List<String> lines = flow.wrap(plan.name(), flow.bold, 24, flow.width(), 6);
            for (String line : lines) {
                flow.text(line, flow.bold, 24, PageFlow.TEXT, PageFlow.MARGIN_X, flow.y() - 24);
                flow.space(31);
            }
            flow.space(6);
            flow.paragraph("Azure Data Factory integration runtimes, connectivity, firewall rules and data-store"
                    + " allowlists", flow.regular, 12, PageFlow.MUTED, 0);
            flow.space(40);
            flow.field("Data factory", plan.dataFactory().name());
            flow.field("Region", plan.dataFactory().region());
            flow.field("Cloud", recommendation.cloud().displayName());
            flow.field("Author", context.author());
            flow.field("Date", DATE.format(context.timestamp()));
            flow.field("Version", context.versionLabel());
            flow.field("Scenario", scenario());
            flow.space(40);
            flow.paragraph("Generated by the hybrid topology planner from the plan and the guidance in \"Security"
                    + " considerations for data movement in Azure Data Factory\". Every decision below cites the"
                    + " sentence it rests on.", flow.regular, 9, PageFlow.MUTED, 0);
        }

        private String scenario() {
            return recommendation.scenario().displayName();
        }

        private void summary() throws IOException {
            flow.heading("Summary of the decision", 1, null);
            long blocked = recommendation.flows().stream().filter(f -> f.status() == FlowStatus.BLOCKED).count();
            flow.field("Scenario", scenario());
            flow.field("Flows", recommendation.flows().size() + " (" + (recommendation.flows().size() - blocked)
                    + " can run, " + blocked + " blocked)");
            flow.field("Runtimes", Integer.toString(recommendation.runtimes().size()));
            flow.field("Rules", Quantity.of(recommendation.firewallRules().size(), "firewall rule") + ", "
                    + Quantity.of(recommendation.allowlist().size(), "allowlist entry", "allowlist entries"));
            flow.field("Warnings", Integer.toString(recommendation.warnings().size()));
            flow.space(8);
            flow.subheading("Runtimes and where they go", 11, PageFlow.TEXT, TABLE_START);
            flow.space(4);
            List<List<String>> rows = new ArrayList<>();
            for (RuntimePlacement runtime : recommendation.runtimes()) {
                rows.add(List.of(runtime.id(), runtime.type().displayName(), runtime.host().displayName(),
                        locationName(runtime.location()), Integer.toString(runtime.flows().size())));
            }
            flow.table(List.of("Runtime", "Type", "Host", "Location", "Flows"), new float[] {1.3f, 1, 1.7f, 2.2f, 0.6f},
                    rows);
            flow.subheading("Connectivity", 11, PageFlow.TEXT, TABLE_START);
            flow.space(4);
            List<List<String>> links = new ArrayList<>();
            for (Link link : plan.links()) {
                links.add(List.of(locationName(link.first()), locationName(link.second()), link.type().displayName()));
            }
            if (links.isEmpty()) {
                flow.paragraph("The plan has no links between locations: flows between private networks cannot run"
                        + " privately.");
            } else {
                flow.table(List.of("Location", "Location", "Link"), new float[] {2, 2, 1.6f}, links);
            }
        }

        private void diagramPage() throws IOException {
            flow.newPage(PageFlow.LANDSCAPE);
            flow.bookmark("Diagram", null);
            flow.paragraph("Diagram", flow.bold, 18, PageFlow.TEXT, 0);
            flow.space(6);
            PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(flow.document, (float) diagram.width(),
                    (float) diagram.height());
            graphics.setFontTextDrawer(new ChainFonts(flow));
            try {
                new DiagramPainter().paint(graphics, diagram);
            } finally {
                graphics.dispose();
            }
            // The caption stays under the drawing: room for the figure's gap and the caption's line is kept, with a
            // point to spare for the scaling's rounding (a drawing taller than wide, zones placed one above another,
            // was scaled to the rest of the page and its caption went to a page of its own).
            float available = flow.y() - PageFlow.MARGIN_BOTTOM - PageFlow.FIGURE_GAP - PageFlow.leading(CAPTION_SIZE)
                    - 1;
            flow.figure(graphics.getXFormObject(), (float) diagram.width(), (float) diagram.height(), available);
            flow.paragraph("Vector drawing: zoom in for detail. Zones run from on-premises through Azure to other"
                    + " clouds; the legend explains the marks.", flow.regular, CAPTION_SIZE, PageFlow.MUTED, 0);
        }

        private void runtimes() throws IOException {
            PDOutlineItem section = flow.heading("Integration runtimes", 1, null);
            if (recommendation.runtimes().isEmpty()) {
                flow.paragraph("No runtime is needed: the plan has no flow that can run.");
            }
            for (RuntimePlacement runtime : recommendation.runtimes()) {
                flow.heading("Runtime " + runtime.id(), 2, section);
                flow.field("Type", runtime.type().displayName() + " integration runtime");
                flow.field("Host", runtime.host().displayName());
                flow.field("Location", locationName(runtime.location()));
                flow.field("Flows", shortList(runtime.flows(), 40));
                flow.field("Alternatives", runtime.alternatives().stream()
                        .map(alternative -> alternative.host().displayName()
                                + (alternative.location() == null ? "" : " in " + locationName(alternative.location())))
                        .collect(Collectors.joining("; ")));
                Map<RuleScope, Long> counts = new EnumMap<>(RuleScope.class);
                recommendation.rulesOf(runtime.id()).forEach(rule -> counts.merge(rule.scope(), 1L, Long::sum));
                flow.field("Firewall rules", counts.entrySet().stream()
                        .map(entry -> entry.getValue() + " in " + entry.getKey().displayName())
                        .collect(Collectors.joining("; ")));
                reasons(runtime.reasons());
            }
        }

        private void flows() throws IOException {
            PDOutlineItem section = flow.heading("Flows", 1, null);
            for (FlowDecision decision : recommendation.flows()) {
                flow.heading("Flow " + decision.id() + ": " + DisplayText.isolate(storeName(decision.source()))
                        + " → " + DisplayText.isolate(storeName(decision.sink())), 2, section);
                flow.field("Status", decision.status().displayName());
                flow.field("Scenario", decision.scenario().displayName());
                flow.field("Runtime", decision.runtime() == null ? "none" : decision.runtime());
                flow.field("Connectivity", decision.network() == null ? "none" : decision.network().displayName());
                flow.field("Path", decision.path().stream().map(this::locationName).map(DisplayText::isolate)
                        .collect(Collectors.joining(" → ")));
                plan.flow(decision.id()).filter(planned -> planned.stagedCopy())
                        .ifPresent(planned -> flowField("Staged copy", "yes (interim Azure storage)"));
                reasons(decision.reasons());
            }
        }

        private void flowField(String label, String value) {
            try {
                flow.field(label, value);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void reasons(List<Reason> reasons) throws IOException {
            for (Reason reason : reasons) {
                flow.space(2);
                flow.bullet(reason.text(), PageFlow.TEXT);
                Reference reference = references.get(reason.reference());
                if (reference != null) {
                    flow.quote(reference.quote(), citation(reference));
                } else {
                    flow.quote("(reference " + reason.reference() + " not found)", "");
                }
            }
        }

        private void firewallRules() throws IOException {
            PDOutlineItem section = flow.heading("Firewall rules", 1, null);
            List<RuleRow> rows = RuleRows.of(plan, recommendation);
            flow.paragraph("Rules grouped by where they are configured. Directions are as seen from the runtime's"
                    + " machine.", flow.regular, 9, PageFlow.MUTED, 0);
            flow.space(4);
            PDOutlineItem network = flow.heading("Corporate firewall and cloud network groups", 2, section);
            boolean any = false;
            for (RuleScope scope : List.of(RuleScope.CORPORATE_FIREWALL, RuleScope.NETWORK_SECURITY_GROUP,
                    RuleScope.AZURE_FIREWALL, RuleScope.AWS_SECURITY_GROUP, RuleScope.AWS_NETWORK_FIREWALL)) {
                List<RuleRow> scoped = rows.stream().filter(row -> row.group().equals(scope.name())).toList();
                if (!scoped.isEmpty()) {
                    any = true;
                    flow.heading(scope.displayName(), 3, network);
                    flow.paragraph("What it can enforce: it " + scope.filtering() + ".", flow.regular, 9,
                            PageFlow.MUTED, 0);
                    flow.table(RULE_HEADERS, RULE_WEIGHTS, cells(scoped));
                    notes(scoped);
                }
            }
            if (!any) {
                flow.paragraph("No rules: no self-hosted runtime stands behind a firewall.");
            }
            flow.heading(RuleScope.WINDOWS_FIREWALL.displayName(), 2, section);
            List<RuleRow> windows = rows.stream()
                    .filter(row -> row.group().equals(RuleScope.WINDOWS_FIREWALL.name())).toList();
            if (windows.isEmpty()) {
                flow.paragraph("No inbound rule: remote access from the intranet is off, so port 8060 stays closed.");
            } else {
                flow.table(RULE_HEADERS, RULE_WEIGHTS, cells(windows));
                notes(windows);
            }
        }

        /**
         * The notes of a table's rules, each once, with the reference it cites: the same note (every node of a
         * runtime needs its rules) stands under the table instead of in every row, apart from the rule's purpose
         * and the quote that backs that purpose.
         */
        private void notes(List<RuleRow> rows) throws IOException {
            for (Reason note : rows.stream().flatMap(row -> row.notes().stream()).distinct().toList()) {
                flow.paragraph(note.text() + " [" + note.reference() + "]", flow.regular, 9, PageFlow.MUTED, 0);
            }
        }

        private List<List<String>> cells(List<RuleRow> rows) {
            return rows.stream().map(row -> List.of(row.runtime(), row.direction(), destination(row), row.port(),
                    row.protocol(), row.purpose(), row.reference())).toList();
        }

        /** The host, and what the boundary allows for it when that is not the host's own name. */
        private static String destination(RuleRow row) {
            if (row.host().isEmpty()) {
                return "(this machine)";
            }
            return row.allow().isEmpty() || row.allow().equals("domain " + row.host()) ? row.host()
                    : row.host() + " → " + row.allow();
        }

        private void allowlists() throws IOException {
            PDOutlineItem section = flow.heading("Data store allowlists", 1, null, false);
            boolean any = false;
            for (DataStore store : plan.dataStores()) {
                List<AllowlistEntry> entries = RuleRows.allowlistOf(recommendation, store);
                if (entries.isEmpty()) {
                    continue;
                }
                any = true;
                flow.heading(DisplayText.isolate(store.name()) + " (" + typeNames.displayName(store.type()) + ")", 2,
                        section);
                List<List<String>> rows = entries.stream().map(entry -> List.of(entry.runtime(),
                        entry.addresses().isEmpty() ? privateOrMissing(entry) : String.join(", ", entry.addresses()),
                        basis(entry), RuleRows.references(entry))).toList();
                flow.table(List.of("Runtime", "Allow", "Basis", "Reference"), new float[] {1.2f, 2.4f, 1.4f, 2},
                        rows);
                for (AllowlistEntry entry : entries) {
                    if (!entry.purpose().isEmpty()) {
                        flow.paragraph(entry.purpose(), flow.regular, 9, PageFlow.MUTED, 0);
                    }
                    for (Reason note : entry.notes()) {
                        flow.paragraph(note.text(), flow.regular, 9, PageFlow.MUTED, 0);
                    }
                }
            }
            if (!any) {
                flow.paragraph("No data store in this plan needs an allowlist entry.");
            }
        }

        /** An entry without addresses: nothing to allow (private endpoint), or addresses the plan lacks. */
        private static String privateOrMissing(AllowlistEntry entry) {
            return entry.basis() == AddressBasis.PRIVATE_ENDPOINT
                    || entry.basis() == AddressBasis.MANAGED_PRIVATE_ENDPOINT ? "nothing" : "missing: see warnings";
        }

        private String basis(AllowlistEntry entry) {
            return switch (entry.basis()) {
                case EGRESS_IPS -> "public egress addresses";
                case ADDRESS_SPACES -> "private address spaces";
                case SERVICE_TAG -> "service tag (Azure runtime)";
                case PRIVATE_ENDPOINT -> "private endpoint (no address: the IP firewall does not apply)";
                case MANAGED_PRIVATE_ENDPOINT -> "managed private endpoint (no address: approve the connection)";
            };
        }

        private void credentials() throws IOException {
            flow.heading("Credential checklist", 1, null, false);
            var advice = recommendation.credentials();
            if (advice == null) {
                flow.paragraph("No credential advice.");
                return;
            }
            flow.field("Credential store", advice.store() == null ? "" : advice.store().displayName());
            if (advice.keyVaultName() != null) {
                flow.field("Key Vault", advice.keyVaultName());
            }
            flow.space(6);
            checklist(advice.advice());
        }

        private void checklist(List<Advice> items) throws IOException {
            for (Advice item : items) {
                flow.checkItem(item.text() + "  [" + item.reference() + "]");
            }
        }

        private void encryption() throws IOException {
            PDOutlineItem section = flow.heading("Encryption checklist", 1, null, false);
            if (recommendation.encryption().isEmpty()) {
                flow.paragraph("No store-specific encryption advice.");
            }
            for (EncryptionAdvice advice : recommendation.encryption()) {
                flow.heading(DisplayText.isolate(storeName(advice.dataStore())) + " ("
                        + typeNames.displayName(advice.storeType()) + ")", 3, section);
                if (!advice.inTransit().isEmpty()) {
                    flow.subheading("In transit", 9, PageFlow.MUTED, CHECKLIST_START);
                    checklist(advice.inTransit());
                }
                if (!advice.atRest().isEmpty()) {
                    flow.subheading("At rest", 9, PageFlow.MUTED, CHECKLIST_START);
                    checklist(advice.atRest());
                }
            }
        }

        private void warnings() throws IOException {
            flow.heading("Warnings", 1, null, false);
            if (recommendation.warnings().isEmpty()) {
                flow.paragraph("None.");
                return;
            }
            List<List<String>> rows = recommendation.warnings().stream().map((Warning warning) -> List.of(
                    warning.severity().displayName(), warning.code(), warning.subject() == null ? "" : warning.subject(),
                    warning.message(), warning.reference())).toList();
            flow.table(List.of("Severity", "Code", "Subject", "What to do", "Reference"),
                    new float[] {0.9f, 1.9f, 1.1f, 3.4f, 1.5f}, rows);
        }

        private void compliance() throws IOException {
            flow.heading("Compliance certifications", 1, null, false);
            flow.paragraph("Data Factory has been certified for:");
            flow.space(4);
            for (String certification : certifications) {
                flow.bullet(certification, PageFlow.TEXT);
            }
            Reference reference = references.get(complianceReference);
            if (reference != null) {
                flow.space(6);
                flow.quote(reference.quote(), citation(reference));
            }
        }

        private void referenceList() throws IOException {
            flow.heading("References", 1, null);
            for (Reference reference : recommendation.references()) {
                flow.ensure(60);
                flow.paragraph(reference.id(), flow.bold, 10, PageFlow.TEXT, 0);
                flow.paragraph(reference.document() + " › " + reference.section(), flow.regular, 9, PageFlow.MUTED,
                        0);
                flow.paragraph(reference.url(), flow.regular, 8, PageFlow.MUTED, 0);
                flow.quote(reference.quote(), "");
                flow.space(4);
            }
        }

        private String citation(Reference reference) {
            return reference.document() + " › " + reference.section();
        }

        private String locationName(String id) {
            if (id == null) {
                return "Azure (managed)";
            }
            Location location = locations.get(id);
            return location == null ? id
                    : DisplayText.isolate(location.name()) + " (" + location.kind().displayName() + ")";
        }

        private String storeName(String id) {
            DataStore store = stores.get(id);
            return store == null ? id : store.name();
        }
    }

    private static String shortList(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return map;
    }

}
