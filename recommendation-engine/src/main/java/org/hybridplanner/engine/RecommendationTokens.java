package org.hybridplanner.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hybridplanner.engine.IndentedJson.Name;
import org.hybridplanner.engine.IndentedJson.Text;
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

/**
 * Writes a recommendation as the JSON that Jackson's databind writes for its records (fields in record order,
 * absent values as {@code null}, {@code @JsonInclude} honoured, indented by Jackson's default pretty printer), token
 * by token ({@link IndentedJson}): no bean introspection or reflective access per property, which a short
 * command-line process would otherwise pay on every value of a recommendation tens of megabytes long while that code
 * still runs uncompiled. A test holds its output byte-identical to databind's.
 *
 * <p>Field names are encoded once; the values that repeat across thousands of items (enum constants, the reference
 * titles the rule book shares) are encoded once per instance. One instance writes one recommendation.
 */
final class RecommendationTokens {
    private static final Name SCENARIO = name("scenario");
    private static final Name CLOUD = name("cloud");
    private static final Name FLOWS = name("flows");
    private static final Name RUNTIMES = name("runtimes");
    private static final Name FIREWALL_RULES = name("firewallRules");
    private static final Name ALLOWLIST = name("allowlist");
    private static final Name CREDENTIALS = name("credentials");
    private static final Name ENCRYPTION = name("encryption");
    private static final Name WARNINGS = name("warnings");
    private static final Name REFERENCES = name("references");
    private static final Name ID = name("id");
    private static final Name SOURCE = name("source");
    private static final Name SINK = name("sink");
    private static final Name STATUS = name("status");
    private static final Name RUNTIME = name("runtime");
    private static final Name NETWORK = name("network");
    private static final Name PATH = name("path");
    private static final Name REASONS = name("reasons");
    private static final Name TEXT = name("text");
    private static final Name REFERENCE = name("reference");
    private static final Name CLAIM = name("claim");
    private static final Name TYPE = name("type");
    private static final Name LOCATION = name("location");
    private static final Name HOST = name("host");
    private static final Name ALTERNATIVES = name("alternatives");
    private static final Name NODES = name("nodes");
    private static final Name SCOPE = name("scope");
    private static final Name DIRECTION = name("direction");
    private static final Name PORT = name("port");
    private static final Name PROTOCOL = name("protocol");
    private static final Name PURPOSE = name("purpose");
    private static final Name MATCH = name("match");
    private static final Name DESTINATION = name("destination");
    private static final Name DATA_STORE = name("dataStore");
    private static final Name ADDRESSES = name("addresses");
    private static final Name BASIS = name("basis");
    private static final Name NOTES = name("notes");
    private static final Name STORE = name("store");
    private static final Name KEY_VAULT_NAME = name("keyVaultName");
    private static final Name ADVICE = name("advice");
    private static final Name STORE_TYPE = name("storeType");
    private static final Name IN_TRANSIT = name("inTransit");
    private static final Name AT_REST = name("atRest");
    private static final Name CODE = name("code");
    private static final Name SEVERITY = name("severity");
    private static final Name SUBJECT = name("subject");
    private static final Name MESSAGE = name("message");
    private static final Name DOCUMENT = name("document");
    private static final Name SECTION = name("section");
    private static final Name URL = name("url");
    private static final Name QUOTE = name("quote");

    private final IndentedJson out;
    private final Map<Enum<?>, Text> constants = new HashMap<>();
    /** By identity: the rule book's titles are shared instances; equal texts built per item are not looked up. */
    private final Map<String, Text> shared = new IdentityHashMap<>();

    private RecommendationTokens(IndentedJson out) {
        this.out = out;
    }

    /** Writes the JSON to {@code target}, flushes it and closes it (as databind's {@code writeValue} did). */
    static void write(Recommendation recommendation, OutputStream target) {
        IndentedJson json = new IndentedJson(target);
        new RecommendationTokens(json).recommendation(recommendation);
        json.flush();
        try {
            target.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Name name(String name) {
        return new Name(name);
    }

    /** The root object, its entries in the record's order. */
    private void recommendation(Recommendation recommendation) {
        out.startObject();
        constant(SCENARIO, recommendation.scenario());
        constant(CLOUD, recommendation.cloud());
        out.name(FLOWS);
        start(recommendation.flows());
        recommendation.flows().forEach(this::flow);
        out.endArray();
        out.name(RUNTIMES);
        start(recommendation.runtimes());
        recommendation.runtimes().forEach(this::runtime);
        out.endArray();
        out.name(FIREWALL_RULES);
        start(recommendation.firewallRules());
        recommendation.firewallRules().forEach(this::firewallRule);
        out.endArray();
        out.name(ALLOWLIST);
        start(recommendation.allowlist());
        recommendation.allowlist().forEach(this::allowlistEntry);
        out.endArray();
        out.name(CREDENTIALS);
        credentials(recommendation.credentials());
        out.name(ENCRYPTION);
        start(recommendation.encryption());
        recommendation.encryption().forEach(this::encryption);
        out.endArray();
        out.name(WARNINGS);
        start(recommendation.warnings());
        recommendation.warnings().forEach(this::warning);
        out.endArray();
        out.name(REFERENCES);
        start(recommendation.references());
        recommendation.references().forEach(this::reference);
        out.endArray();
        out.endObject();
    }

    private void flow(FlowDecision flow) {
        out.startObject();
        text(ID, flow.id());
        text(SOURCE, flow.source());
        text(SINK, flow.sink());
        constant(SCENARIO, flow.scenario());
        constant(STATUS, flow.status());
        text(RUNTIME, flow.runtime());
        constant(NETWORK, flow.network());
        texts(PATH, flow.path());
        reasons(REASONS, flow.reasons());
        out.endObject();
    }

    private void runtime(RuntimePlacement runtime) {
        out.startObject();
        text(ID, runtime.id());
        constant(TYPE, runtime.type());
        text(LOCATION, runtime.location());
        constant(HOST, runtime.host());
        out.name(ALTERNATIVES);
        start(runtime.alternatives());
        for (RuntimeAlternative alternative : runtime.alternatives()) {
            out.startObject();
            constant(HOST, alternative.host());
            text(LOCATION, alternative.location());
            out.endObject();
        }
        out.endArray();
        texts(FLOWS, runtime.flows());
        reasons(REASONS, runtime.reasons());
        if (runtime.nodes() != null) { // @JsonInclude(NON_NULL)
            out.name(NODES);
            out.number(runtime.nodes().intValue());
        }
        out.endObject();
    }

    private void firewallRule(FirewallRule rule) {
        out.startObject();
        text(RUNTIME, rule.runtime());
        constant(SCOPE, rule.scope());
        constant(DIRECTION, rule.direction());
        sharedText(HOST, rule.host());
        out.name(PORT);
        out.number(rule.port());
        constant(PROTOCOL, rule.protocol());
        text(PURPOSE, rule.purpose());
        sharedText(REFERENCE, rule.reference());
        constant(MATCH, rule.match());
        text(DESTINATION, rule.destination());
        notes(rule.notes());
        out.endObject();
    }

    private void allowlistEntry(AllowlistEntry entry) {
        out.startObject();
        text(DATA_STORE, entry.dataStore());
        text(RUNTIME, entry.runtime());
        texts(ADDRESSES, entry.addresses());
        constant(BASIS, entry.basis());
        sharedText(REFERENCE, entry.reference());
        text(PURPOSE, entry.purpose());
        notes(entry.notes());
        out.endObject();
    }

    /** Left out when there are none ({@code @JsonInclude(NON_EMPTY)}; the records make an absent list empty). */
    private void notes(List<Reason> notes) {
        if (!notes.isEmpty()) {
            reasons(NOTES, notes);
        }
    }

    private void credentials(CredentialAdvice credentials) {
        if (credentials == null) {
            out.nullValue();
            return;
        }
        out.startObject();
        constant(STORE, credentials.store());
        text(KEY_VAULT_NAME, credentials.keyVaultName());
        advice(ADVICE, credentials.advice());
        out.endObject();
    }

    private void encryption(EncryptionAdvice encryption) {
        out.startObject();
        text(DATA_STORE, encryption.dataStore());
        sharedText(STORE_TYPE, encryption.storeType());
        advice(IN_TRANSIT, encryption.inTransit());
        advice(AT_REST, encryption.atRest());
        out.endObject();
    }

    private void warning(Warning warning) {
        out.startObject();
        sharedText(CODE, warning.code());
        constant(SEVERITY, warning.severity());
        text(SUBJECT, warning.subject());
        text(MESSAGE, warning.message());
        sharedText(REFERENCE, warning.reference());
        out.endObject();
    }

    private void reference(Reference reference) {
        out.startObject();
        text(ID, reference.id());
        text(DOCUMENT, reference.document());
        text(SECTION, reference.section());
        text(URL, reference.url());
        text(QUOTE, reference.quote());
        out.endObject();
    }

    private void reasons(Name name, List<Reason> reasons) {
        out.name(name);
        start(reasons);
        for (Reason reason : reasons) {
            out.startObject();
            text(TEXT, reason.text());
            sharedText(REFERENCE, reason.reference());
            constant(CLAIM, reason.claim());
            out.endObject();
        }
        out.endArray();
    }

    private void advice(Name name, List<Advice> advice) {
        out.name(name);
        start(advice);
        for (Advice item : advice) {
            out.startObject();
            sharedText(TEXT, item.text());
            sharedText(REFERENCE, item.reference());
            constant(CLAIM, item.claim());
            out.endObject();
        }
        out.endArray();
    }

    private void texts(Name name, List<String> texts) {
        out.name(name);
        start(texts);
        for (String text : texts) {
            out.string(text);
        }
        out.endArray();
    }

    /** Starts an array (the records copy their lists, so none is absent). */
    private void start(List<?> list) {
        out.startArray();
    }

    private void text(Name name, String value) {
        out.name(name);
        out.string(value);
    }

    /** A value many items share (a reference title, an advice text, a host): encoded once per instance. */
    private void sharedText(Name name, String value) {
        out.name(name);
        if (value == null) {
            out.nullValue();
        } else {
            out.string(shared.computeIfAbsent(value, Text::new));
        }
    }

    private void constant(Name name, Enum<?> value) {
        out.name(name);
        if (value == null) {
            out.nullValue();
        } else {
            out.string(constants.computeIfAbsent(value, constant -> new Text(constant.name())));
        }
    }
}
