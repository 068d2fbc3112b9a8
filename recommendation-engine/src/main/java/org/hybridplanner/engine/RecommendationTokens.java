package org.hybridplanner.engine;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hybridplanner.model.Advice;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.CredentialAdvice;
import org.hybridplanner.model.EncryptionAdvice;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.Reason;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.Reference;
import org.hybridplanner.model.RuntimeAlternative;
import org.hybridplanner.model.RuntimePlacement;
import org.hybridplanner.model.Warning;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes a recommendation as the JSON that Jackson's databind writes for its records (fields in record order,
 * absent values as {@code null}, {@code @JsonInclude} honoured, indented by Jackson's default pretty printer), token
 * by token through Jackson's streaming generator: no bean introspection or reflective access per property, which a
 * short command-line process would otherwise pay on every value of a recommendation tens of megabytes long while
 * that code still runs uncompiled. A test holds its output byte-identical to databind's.
 *
 * <p>Field names are encoded once; the values that repeat across thousands of items (enum constants, the reference
 * titles the rule book shares) are encoded once per instance. One instance writes one recommendation.
 */
final class RecommendationTokens {
    private static final JsonFactory FACTORY = new JsonFactory();

    private static final SerializableString SCENARIO = name("scenario");
    private static final SerializableString CLOUD = name("cloud");
    private static final SerializableString FLOWS = name("flows");
    private static final SerializableString RUNTIMES = name("runtimes");
    private static final SerializableString FIREWALL_RULES = name("firewallRules");
    private static final SerializableString ALLOWLIST = name("allowlist");
    private static final SerializableString CREDENTIALS = name("credentials");
    private static final SerializableString ENCRYPTION = name("encryption");
    private static final SerializableString WARNINGS = name("warnings");
    private static final SerializableString REFERENCES = name("references");
    private static final SerializableString ID = name("id");
    private static final SerializableString SOURCE = name("source");
    private static final SerializableString SINK = name("sink");
    private static final SerializableString STATUS = name("status");
    private static final SerializableString RUNTIME = name("runtime");
    private static final SerializableString NETWORK = name("network");
    private static final SerializableString PATH = name("path");
    private static final SerializableString REASONS = name("reasons");
    private static final SerializableString TEXT = name("text");
    private static final SerializableString REFERENCE = name("reference");
    private static final SerializableString CLAIM = name("claim");
    private static final SerializableString TYPE = name("type");
    private static final SerializableString LOCATION = name("location");
    private static final SerializableString HOST = name("host");
    private static final SerializableString ALTERNATIVES = name("alternatives");
    private static final SerializableString NODES = name("nodes");
    private static final SerializableString SCOPE = name("scope");
    private static final SerializableString DIRECTION = name("direction");
    private static final SerializableString PORT = name("port");
    private static final SerializableString PROTOCOL = name("protocol");
    private static final SerializableString PURPOSE = name("purpose");
    private static final SerializableString MATCH = name("match");
    private static final SerializableString DESTINATION = name("destination");
    private static final SerializableString DATA_STORE = name("dataStore");
    private static final SerializableString ADDRESSES = name("addresses");
    private static final SerializableString BASIS = name("basis");
    private static final SerializableString NOTES = name("notes");
    private static final SerializableString STORE = name("store");
    private static final SerializableString KEY_VAULT_NAME = name("keyVaultName");
    private static final SerializableString ADVICE = name("advice");
    private static final SerializableString STORE_TYPE = name("storeType");
    private static final SerializableString IN_TRANSIT = name("inTransit");
    private static final SerializableString AT_REST = name("atRest");
    private static final SerializableString CODE = name("code");
    private static final SerializableString SEVERITY = name("severity");
    private static final SerializableString SUBJECT = name("subject");
    private static final SerializableString MESSAGE = name("message");
    private static final SerializableString DOCUMENT = name("document");
    private static final SerializableString SECTION = name("section");
    private static final SerializableString URL = name("url");
    private static final SerializableString QUOTE = name("quote");

    private final JsonGenerator out;
    private final Map<Enum<?>, SerializableString> constants = new HashMap<>();
    /** By identity: the rule book's titles are shared instances; equal texts built per item are not looked up. */
    private final Map<String, SerializableString> shared = new IdentityHashMap<>();

    private RecommendationTokens(JsonGenerator out) {
        this.out = out;
    }

    /** Writes the JSON to {@code target}, flushes it and closes it (as databind's {@code writeValue} does). */
    static void write(Recommendation recommendation, OutputStream target) {
        try (JsonGenerator generator = generator(target)) {
            RecommendationTokens tokens = new RecommendationTokens(generator);
            tokens.recommendation(recommendation);
            generator.flush();
        }
    }

    private static JsonGenerator generator(OutputStream target) {
        return FACTORY.createGenerator(new Indented(), target);
    }

    private static SerializableString name(String name) {
        return new SerializedString(name);
    }

    /** The root object, its entries in the record's order. */
    private void recommendation(Recommendation recommendation) {
        out.writeStartObject();
        constant(SCENARIO, recommendation.scenario());
        constant(CLOUD, recommendation.cloud());
        out.writeName(FLOWS);
        start(recommendation.flows());
        recommendation.flows().forEach(this::flow);
        out.writeEndArray();
        out.writeName(RUNTIMES);
        start(recommendation.runtimes());
        recommendation.runtimes().forEach(this::runtime);
        out.writeEndArray();
        out.writeName(FIREWALL_RULES);
        start(recommendation.firewallRules());
        recommendation.firewallRules().forEach(this::firewallRule);
        out.writeEndArray();
        out.writeName(ALLOWLIST);
        start(recommendation.allowlist());
        recommendation.allowlist().forEach(this::allowlistEntry);
        out.writeEndArray();
        out.writeName(CREDENTIALS);
        credentials(recommendation.credentials());
        out.writeName(ENCRYPTION);
        start(recommendation.encryption());
        recommendation.encryption().forEach(this::encryption);
        out.writeEndArray();
        out.writeName(WARNINGS);
        start(recommendation.warnings());
        recommendation.warnings().forEach(this::warning);
        out.writeEndArray();
        out.writeName(REFERENCES);
        start(recommendation.references());
        recommendation.references().forEach(this::reference);
        out.writeEndArray();
        out.writeEndObject();
    }

    private void flow(FlowDecision flow) {
        out.writeStartObject();
        text(ID, flow.id());
        text(SOURCE, flow.source());
        text(SINK, flow.sink());
        constant(SCENARIO, flow.scenario());
        constant(STATUS, flow.status());
        text(RUNTIME, flow.runtime());
        constant(NETWORK, flow.network());
        texts(PATH, flow.path());
        reasons(REASONS, flow.reasons());
        out.writeEndObject();
    }

    private void runtime(RuntimePlacement runtime) {
        out.writeStartObject();
        text(ID, runtime.id());
        constant(TYPE, runtime.type());
        text(LOCATION, runtime.location());
        constant(HOST, runtime.host());
        out.writeName(ALTERNATIVES);
        start(runtime.alternatives());
        for (RuntimeAlternative alternative : runtime.alternatives()) {
            out.writeStartObject();
            constant(HOST, alternative.host());
            text(LOCATION, alternative.location());
            out.writeEndObject();
        }
        out.writeEndArray();
        texts(FLOWS, runtime.flows());
        reasons(REASONS, runtime.reasons());
        if (runtime.nodes() != null) { // @JsonInclude(NON_NULL)
            out.writeName(NODES);
            out.writeNumber(runtime.nodes().intValue());
        }
        out.writeEndObject();
    }

    private void firewallRule(FirewallRule rule) {
        out.writeStartObject();
        text(RUNTIME, rule.runtime());
        constant(SCOPE, rule.scope());
        constant(DIRECTION, rule.direction());
        sharedText(HOST, rule.host());
        out.writeName(PORT);
        out.writeNumber(rule.port());
        constant(PROTOCOL, rule.protocol());
        text(PURPOSE, rule.purpose());
        sharedText(REFERENCE, rule.reference());
        constant(MATCH, rule.match());
        text(DESTINATION, rule.destination());
        notes(rule.notes());
        out.writeEndObject();
    }

    private void allowlistEntry(AllowlistEntry entry) {
        out.writeStartObject();
        text(DATA_STORE, entry.dataStore());
        text(RUNTIME, entry.runtime());
        texts(ADDRESSES, entry.addresses());
        constant(BASIS, entry.basis());
        sharedText(REFERENCE, entry.reference());
        text(PURPOSE, entry.purpose());
        notes(entry.notes());
        out.writeEndObject();
    }

    /** Left out when there are none ({@code @JsonInclude(NON_EMPTY)}; the records make an absent list empty). */
    private void notes(List<Reason> notes) {
        if (!notes.isEmpty()) {
            reasons(NOTES, notes);
        }
    }

    private void credentials(CredentialAdvice credentials) {
        if (credentials == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        constant(STORE, credentials.store());
        text(KEY_VAULT_NAME, credentials.keyVaultName());
        advice(ADVICE, credentials.advice());
        out.writeEndObject();
    }

    private void encryption(EncryptionAdvice encryption) {
        out.writeStartObject();
        text(DATA_STORE, encryption.dataStore());
        sharedText(STORE_TYPE, encryption.storeType());
        advice(IN_TRANSIT, encryption.inTransit());
        advice(AT_REST, encryption.atRest());
        out.writeEndObject();
    }

    private void warning(Warning warning) {
        out.writeStartObject();
        sharedText(CODE, warning.code());
        constant(SEVERITY, warning.severity());
        text(SUBJECT, warning.subject());
        text(MESSAGE, warning.message());
        sharedText(REFERENCE, warning.reference());
        out.writeEndObject();
    }

    private void reference(Reference reference) {
        out.writeStartObject();
        text(ID, reference.id());
        text(DOCUMENT, reference.document());
        text(SECTION, reference.section());
        text(URL, reference.url());
        text(QUOTE, reference.quote());
        out.writeEndObject();
    }

    private void reasons(SerializableString name, List<Reason> reasons) {
        out.writeName(name);
        start(reasons);
        for (Reason reason : reasons) {
            out.writeStartObject();
            text(TEXT, reason.text());
            sharedText(REFERENCE, reason.reference());
            constant(CLAIM, reason.claim());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private void advice(SerializableString name, List<Advice> advice) {
        out.writeName(name);
        start(advice);
        for (Advice item : advice) {
            out.writeStartObject();
            sharedText(TEXT, item.text());
            sharedText(REFERENCE, item.reference());
            constant(CLAIM, item.claim());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private void texts(SerializableString name, List<String> texts) {
        out.writeName(name);
        start(texts);
        for (String text : texts) {
            out.writeString(text);
        }
        out.writeEndArray();
    }

    /** Starts an array (the records copy their lists, so none is absent). */
    private void start(List<?> list) {
        out.writeStartArray(list, list.size());
    }

    private void text(SerializableString name, String value) {
        out.writeName(name);
        out.writeString(value);
    }

    /** A value many items share (a reference title, an advice text, a host): encoded once per instance. */
    private void sharedText(SerializableString name, String value) {
        out.writeName(name);
        if (value == null) {
            out.writeNull();
        } else {
            out.writeString(shared.computeIfAbsent(value, SerializedString::new));
        }
    }

    private void constant(SerializableString name, Enum<?> value) {
        out.writeName(name);
        if (value == null) {
            out.writeNull();
        } else {
            out.writeString(constants.computeIfAbsent(value, constant -> new SerializedString(constant.name())));
        }
    }

    /** Jackson's default pretty printer, as databind's {@code INDENT_OUTPUT} uses it; nothing else differs. */
    private static final class Indented extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}
