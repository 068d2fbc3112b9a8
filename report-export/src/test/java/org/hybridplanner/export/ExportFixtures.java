package org.hybridplanner.export;

import java.util.ArrayList;
import java.util.List;
import org.hybridplanner.model.Advice;
import org.hybridplanner.model.AddressBasis;
import org.hybridplanner.model.AllowlistEntry;
import org.hybridplanner.model.CredentialAdvice;
import org.hybridplanner.model.CredentialOptions;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.Direction;
import org.hybridplanner.model.EncryptionAdvice;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.FirewallRule;
import org.hybridplanner.model.Flow;
import org.hybridplanner.model.FlowDecision;
import org.hybridplanner.model.FlowStatus;
import org.hybridplanner.model.Link;
import org.hybridplanner.model.LinkType;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Network;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Reason;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.Reference;
import org.hybridplanner.model.RuleScope;
import org.hybridplanner.model.RuntimeAlternative;
import org.hybridplanner.model.RuntimeHost;
import org.hybridplanner.model.RuntimeOptions;
import org.hybridplanner.model.RuntimePlacement;
import org.hybridplanner.model.RuntimeType;
import org.hybridplanner.model.Scenario;
import org.hybridplanner.model.Severity;
import org.hybridplanner.model.TransportProtocol;
import org.hybridplanner.model.Warning;

/**
 * Hand-built plans with the recommendation the engine would give them, named for the situation. They let the
 * exporters be tested on their own; {@code ExamplePlanExportTest} runs the same checks over the engine's output.
 */
public final class ExportFixtures {
    static final String ARTICLE = "Security considerations for data movement in Azure Data Factory";
    static final String URL = "https://learn.microsoft.com/en-us/azure/data-factory/data-movement-security-considerations";
    public static final String HOSTILE_SCRIPT = "<script>alert(1)</script>";
    static final String HOSTILE_FORMULA = "=cmd|' /C calc'!A0";
    static final String HOSTILE_RTL = "invoice\u202Egnp.exe";
    static final String ARABIC = "مستودع البيانات";
    static final String HEBREW = "מחסן נתונים";
    static final String CJK = "数据仓库";
    static final String EMOJI = "store \uD83D\uDE80";
    /** Names in the scripts people name their sites in, each with the location id it replaces. */
    public static final List<String> NAMES_IN_EVERY_SCRIPT = List.of("東京 データセンター", "مركز بيانات الرياض",
            "מרכז נתונים 2", "서울 데이터 센터", "ศูนย์ข้อมูลกรุงเทพ", "मुंबई डेटा सेंटर", "上海数据仓库", "Ελληνικά δεδομένα");
    static final String HOSTILE_SHELL = "it's $(touch INJECTED) `touch INJECTED` \\ \"q\" ‘x’";

    private ExportFixtures() {
    }

    public record Case(String name, Plan plan, Recommendation recommendation) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Reference> references() {
        return List.of(
                new Reference("hybrid-table", ARTICLE, "Hybrid scenarios > Encryption in transit", URL,
                        "The self-hosted integration runtime should be installed on an Azure virtual machine in the"
                                + " virtual network."),
                new Reference("hybrid-er-microsoft", ARTICLE, "Hybrid scenarios > Encryption in transit", URL,
                        "The self-hosted integration runtime can be installed on-premises or on an Azure virtual"
                                + " machine."),
                new Reference("outbound-domains", ARTICLE,
                        "Firewall configurations > Firewall requirements for on-premises/private network", URL,
                        "The following table provides outbound port and domain requirements for corporate"
                                + " firewalls:"),
                new Reference("inbound-8060", ARTICLE,
                        "Firewall configurations > Firewall requirements for on-premises/private network", URL,
                        "Open inbound port 8060 only at the machine level (not the corporate firewall level) for"
                                + " credential manager application."),
                new Reference("allowlist", ARTICLE, "IP configurations and allow list setting up in data stores",
                        URL, "Ensure that the IP address of the self-hosted integration runtime machine is allowed or"
                                + " configured in the firewall appropriately."),
                new Reference("credentials", ARTICLE, "Hybrid scenarios > On-premises data store credentials", URL,
                        "You can also store the data store's credential in Azure Key Vault."),
                new Reference("encryption-transit", ARTICLE, "Cloud scenarios > Data encryption in transit", URL,
                        "If the cloud data store supports HTTPS or TLS, all data transfers between data movement"
                                + " services in Data Factory and a cloud data store are via secure channel HTTPS or"
                                + " TLS."),
                new Reference("encryption-rest", ARTICLE, "Cloud scenarios > Data encryption at rest", URL,
                        "We recommend that you enable the data encryption mechanism for those data stores."),
                new Reference("cloud-scenario", ARTICLE, "Security considerations", URL,
                        "In this scenario, both your source and your destination are publicly accessible through the"
                                + " internet."));
    }

    static List<FirewallRule> selfHostedRules(String runtime, RuleScope scope, String factory, boolean inbound8060) {
        List<FirewallRule> rules = new ArrayList<>();
        rules.add(new FirewallRule(runtime, scope, Direction.OUTBOUND, "*.servicebus.windows.net", 443,
                TransportProtocol.TCP, "Interactive authoring", "outbound-domains"));
        rules.add(new FirewallRule(runtime, scope, Direction.OUTBOUND, factory + ".westeurope.datafactory.azure.net",
                443, TransportProtocol.TCP, "Connect to the Data Factory service", "outbound-domains"));
        rules.add(new FirewallRule(runtime, scope, Direction.OUTBOUND, "download.microsoft.com", 443,
                TransportProtocol.TCP, "Download updates (auto-update is on)", "outbound-domains"));
        rules.add(new FirewallRule(runtime, scope, Direction.OUTBOUND, "*.database.windows.net", 1433,
                TransportProtocol.TCP, "Copy to Azure SQL Database", "outbound-domains"));
        if (inbound8060) {
            rules.add(new FirewallRule(runtime, RuleScope.WINDOWS_FIREWALL, Direction.INBOUND, null, 8060,
                    TransportProtocol.TCP, "PowerShell encryption cmdlet and credential manager", "inbound-8060"));
        }
        return rules;
    }

    /** On-premises SQL Server to Azure SQL Database over ExpressRoute Microsoft peering, runtime on-premises. */
    public static Case datacenterWithExpressRoute() {
        return datacenterWithExpressRoute("Contoso datacenter to Azure", "Contoso datacenter", "ERP database");
    }

    public static Case datacenterWithExpressRoute(String planName, String locationName, String storeName) {
        Plan plan = new Plan(1, planName, new DataFactory("contoso-adf", "westeurope", EndpointStyle.REGIONAL),
                List.of(new Location("dc", locationName, LocationKind.ON_PREMISES, List.of("203.0.113.10"),
                                List.of("10.10.0.0/16")),
                        new Location("azure", "Azure West Europe", LocationKind.AZURE_PUBLIC)),
                List.of(new Link("dc", "azure", LinkType.EXPRESSROUTE_MICROSOFT_PEERING)),
                List.of(new DataStore("erp", storeName, "SQL_SERVER", "dc"),
                        new DataStore("files", "Finance share", "FILE_SHARE", "dc"),
                        new DataStore("dwh", "Sales warehouse", "AZURE_SQL_DATABASE", "azure"),
                        new DataStore("lake", "Raw lake", "AZURE_BLOB_STORAGE", "azure")),
                List.of(new Flow("erp-to-dwh", "erp", "dwh", false), new Flow("files-to-lake", "files", "lake", true),
                        new Flow("lake-to-dwh", "lake", "dwh", false)),
                new RuntimeOptions(true, true, true), new CredentialOptions(CredentialStore.AZURE_KEY_VAULT,
                        "contoso-kv"));
        Reason hybrid = new Reason("Source is behind the corporate firewall; ExpressRoute Microsoft peering reaches"
                + " the public endpoint, so the runtime can be installed on-premises.", "hybrid-er-microsoft");
        Reason cloud = new Reason("Both ends are publicly reachable: the Azure integration runtime copies.",
                "cloud-scenario");
        Recommendation recommendation = new Recommendation(Scenario.HYBRID,
                List.of(new FlowDecision("erp-to-dwh", "erp", "dwh", Scenario.HYBRID, FlowStatus.OK, "shir-dc",
                                Network.EXPRESSROUTE_MICROSOFT_PEERING, List.of("dc", "azure"), List.of(hybrid)),
                        new FlowDecision("files-to-lake", "files", "lake", Scenario.HYBRID, FlowStatus.OK, "shir-dc",
                                Network.EXPRESSROUTE_MICROSOFT_PEERING, List.of("dc", "azure"), List.of(hybrid)),
                        new FlowDecision("lake-to-dwh", "lake", "dwh", Scenario.CLOUD, FlowStatus.OK, "azure-ir",
                                Network.INTERNET, List.of("azure"), List.of(cloud))),
                List.of(new RuntimePlacement("shir-dc", RuntimeType.SELF_HOSTED, "dc", RuntimeHost.ON_PREMISES_MACHINE,
                                List.of(new RuntimeAlternative(RuntimeHost.AZURE_VM, null)),
                                List.of("erp-to-dwh", "files-to-lake"), List.of(hybrid)),
                        new RuntimePlacement("azure-ir", RuntimeType.AZURE, null, RuntimeHost.AZURE_MANAGED, List.of(),
                                List.of("lake-to-dwh"), List.of(cloud))),
                selfHostedRules("shir-dc", RuleScope.CORPORATE_FIREWALL, "contoso-adf", true),
                List.of(new AllowlistEntry("dwh", "shir-dc", List.of("203.0.113.10"), AddressBasis.EGRESS_IPS,
                                "allowlist"),
                        new AllowlistEntry("dwh", "azure-ir", List.of("DataFactory.WestEurope"),
                                AddressBasis.SERVICE_TAG, "allowlist")),
                new CredentialAdvice(CredentialStore.AZURE_KEY_VAULT, "contoso-kv",
                        List.of(new Advice("Store linked-service credentials in Azure Key Vault contoso-kv.",
                                "credentials"))),
                List.of(new EncryptionAdvice("dwh", "AZURE_SQL_DATABASE",
                        List.of(new Advice("Set encrypt=true in the connection string.", "encryption-transit")),
                        List.of(new Advice("Enable transparent data encryption (TDE).", "encryption-rest")))),
                List.of(), references());
        return new Case("datacenter with ExpressRoute", plan, recommendation);
    }

    /**
     * Two datacenters, an Azure virtual network over site-to-site VPN, an AWS VPC with Redshift, Salesforce, and a
     * flow no runtime can carry.
     */
    public static Case mixedAzureAndAwsEstate() {
        Plan plan = new Plan(1, "Mixed estate", new DataFactory("estate-adf", "westeurope", EndpointStyle.REGIONAL),
                List.of(new Location("dc1", "Frankfurt DC", LocationKind.ON_PREMISES, List.of("198.51.100.7"),
                                List.of("10.1.0.0/16")),
                        new Location("dc2", "Paris DC", LocationKind.ON_PREMISES, List.of(), List.of("10.2.0.0/16")),
                        new Location("hub", "Hub VNet", LocationKind.AZURE_VIRTUAL_NETWORK, List.of("20.50.1.4"),
                                List.of("10.100.0.0/16")),
                        new Location("azure", "Azure public endpoints", LocationKind.AZURE_PUBLIC),
                        new Location("aws", "AWS eu-central-1", LocationKind.AWS_VPC, List.of("3.120.0.10"),
                                List.of("172.31.0.0/16")),
                        new Location("saas", "Salesforce", LocationKind.PUBLIC_INTERNET)),
                List.of(new Link("dc1", "hub", LinkType.SITE_TO_SITE_VPN),
                        new Link("dc2", "hub", LinkType.EXPRESSROUTE_PRIVATE_PEERING),
                        new Link("dc1", "azure", LinkType.EXPRESSROUTE_MICROSOFT_PEERING)),
                List.of(new DataStore("orders", "Orders (SQL Server)", "SQL_SERVER", "dc1"),
                        new DataStore("hr", "HR Oracle", "ORACLE", "dc2"),
                        new DataStore("vmsql", "SQL on VM", "SQL_SERVER", "hub"),
                        new DataStore("synapse", "Synapse pool", "AZURE_SYNAPSE_ANALYTICS", "azure"),
                        new DataStore("cosmos", "Catalog Cosmos", "AZURE_COSMOS_DB", "azure"),
                        new DataStore("adls", "Data Lake", "AZURE_DATA_LAKE_STORE", "azure"),
                        new DataStore("redshift", "Redshift", "AMAZON_REDSHIFT", "aws"),
                        new DataStore("s3", "S3 landing", "AMAZON_S3", "aws"),
                        new DataStore("sf", "Salesforce CRM", "SALESFORCE", "saas")),
                List.of(new Flow("orders-to-vm", "orders", "vmsql", false),
                        new Flow("hr-to-synapse", "hr", "synapse", false),
                        new Flow("redshift-to-adls", "redshift", "adls", false),
                        new Flow("sf-to-cosmos", "sf", "cosmos", false),
                        new Flow("hr-to-s3", "hr", "s3", false)),
                new RuntimeOptions(true, false, false), CredentialOptions.DEFAULTS);
        Reason vnet = new Reason("On-premises to a virtual network over VPN: install the runtime on an Azure VM in"
                + " the virtual network.", "hybrid-table");
        Reason cloud = new Reason("Both ends publicly reachable.", "cloud-scenario");
        Reason aws = new Reason("Redshift sits in a VPC: a self-hosted runtime on an EC2 instance reaches it.",
                "hybrid-table");
        List<FirewallRule> rules = new ArrayList<>();
        rules.addAll(selfHostedRules("shir-hub", RuleScope.NETWORK_SECURITY_GROUP, "estate-adf", false));
        rules.addAll(selfHostedRules("shir-aws", RuleScope.AWS_SECURITY_GROUP, "estate-adf", false));
        Recommendation recommendation = new Recommendation(Scenario.HYBRID,
                List.of(new FlowDecision("orders-to-vm", "orders", "vmsql", Scenario.HYBRID, FlowStatus.OK, "shir-hub",
                                Network.SITE_TO_SITE_VPN, List.of("dc1", "hub"), List.of(vnet)),
                        new FlowDecision("hr-to-synapse", "hr", "synapse", Scenario.HYBRID, FlowStatus.OK, "shir-hub",
                                Network.EXPRESSROUTE_PRIVATE_PEERING, List.of("dc2", "hub", "azure"), List.of(vnet)),
                        new FlowDecision("redshift-to-adls", "redshift", "adls", Scenario.HYBRID, FlowStatus.OK,
                                "shir-aws", Network.INTERNET, List.of("aws", "azure"), List.of(aws)),
                        new FlowDecision("sf-to-cosmos", "sf", "cosmos", Scenario.CLOUD, FlowStatus.OK, "azure-ir",
                                Network.INTERNET, List.of("saas", "azure"), List.of(cloud)),
                        new FlowDecision("hr-to-s3", "hr", "s3", Scenario.HYBRID, FlowStatus.BLOCKED, null, null,
                                List.of(), List.of(new Reason("No runtime location reaches both Paris DC and the AWS"
                                        + " VPC.", "hybrid-table")))),
                List.of(new RuntimePlacement("shir-hub", RuntimeType.SELF_HOSTED, "hub", RuntimeHost.AZURE_VM,
                                List.of(), List.of("orders-to-vm", "hr-to-synapse"), List.of(vnet)),
                        new RuntimePlacement("shir-aws", RuntimeType.SELF_HOSTED, "aws", RuntimeHost.AWS_EC2_INSTANCE,
                                List.of(), List.of("redshift-to-adls"), List.of(aws)),
                        new RuntimePlacement("azure-ir", RuntimeType.AZURE, null, RuntimeHost.AZURE_MANAGED, List.of(),
                                List.of("sf-to-cosmos"), List.of(cloud))),
                rules,
                List.of(new AllowlistEntry("synapse", "shir-hub", List.of("20.50.1.4"), AddressBasis.EGRESS_IPS,
                                "allowlist"),
                        new AllowlistEntry("adls", "shir-aws", List.of("3.120.0.10"), AddressBasis.EGRESS_IPS,
                                "allowlist"),
                        new AllowlistEntry("cosmos", "azure-ir", List.of("DataFactory.WestEurope"),
                                AddressBasis.SERVICE_TAG, "allowlist"),
                        new AllowlistEntry("redshift", "shir-aws", List.of("172.31.0.0/16"),
                                AddressBasis.ADDRESS_SPACES, "allowlist")),
                new CredentialAdvice(CredentialStore.DATA_FACTORY_MANAGED, null,
                        List.of(new Advice("Credentials are encrypted with Microsoft-managed certificates.",
                                "credentials"))),
                List.of(new EncryptionAdvice("synapse", "AZURE_SYNAPSE_ANALYTICS",
                        List.of(new Advice("Connections require TLS.", "encryption-transit")),
                        List.of(new Advice("Enable TDE.", "encryption-rest")))),
                List.of(new Warning("NO_PRIVATE_PATH", Severity.ERROR, "hr-to-s3",
                                "No location reaches both Paris DC and AWS eu-central-1: link Paris DC to AWS or move"
                                        + " the flow.", "hybrid-table"),
                        new Warning("MISSING_EGRESS_IPS", Severity.WARNING, "dc2",
                                "Paris DC has no egress IPs: allowlists cannot be computed.", "allowlist")),
                references());
        return new Case("mixed Azure and AWS estate", plan, recommendation);
    }

    /** Every name hostile: markup, spreadsheet formulas, RTL overrides, Arabic, Hebrew, CJK, emoji, 500 chars. */
    public static Case hostileNames() {
        String longName = "L".repeat(200) + " " + "very long name ".repeat(20) + "E".repeat(80);
        Case base = mixedAzureAndAwsEstate();
        Plan plan = base.plan();
        List<String> names = List.of(HOSTILE_SCRIPT, HOSTILE_FORMULA, "+SUM(1)", "@x", HOSTILE_RTL, ARABIC, HEBREW,
                CJK, HOSTILE_SHELL);
        List<DataStore> stores = new ArrayList<>();
        for (int i = 0; i < plan.dataStores().size(); i++) {
            DataStore store = plan.dataStores().get(i);
            stores.add(new DataStore(store.id(), names.get(i % names.size()) + (i == 0 ? longName : ""), store.type(),
                    store.location()));
        }
        List<Location> locations = plan.locations().stream()
                .map(location -> new Location(location.id(), location.id().equals("dc1") ? longName
                        : location.id().equals("hub") ? HOSTILE_SCRIPT : location.id().equals("aws") ? ARABIC
                        : location.name(), location.kind(), location.egressIps(), location.addressSpaces()))
                .toList();
        Plan hostile = new Plan(1, HOSTILE_SHELL + " " + EMOJI + " " + HOSTILE_SCRIPT + " " + HOSTILE_FORMULA + " " + HOSTILE_RTL + " " + ARABIC + " "
                + HEBREW + " " + CJK + " " + longName, plan.dataFactory(), locations, plan.links(), stores,
                plan.flows(), plan.runtime(), plan.credentials());
        return new Case("hostile names", hostile, base.recommendation());
    }

    /**
     * The mixed estate with every location and store named in another script (Japanese, Arabic, Hebrew, Korean, Thai,
     * Devanagari, Chinese, Greek), and a Japanese plan name.
     */
    public static Case namesInEveryScript() {
        Case base = mixedAzureAndAwsEstate();
        Plan plan = base.plan();
        List<Location> locations = new ArrayList<>();
        for (int i = 0; i < plan.locations().size(); i++) {
            Location location = plan.locations().get(i);
            locations.add(new Location(location.id(), NAMES_IN_EVERY_SCRIPT.get(i % NAMES_IN_EVERY_SCRIPT.size()),
                    location.kind(), location.egressIps(), location.addressSpaces()));
        }
        List<DataStore> stores = new ArrayList<>();
        for (int i = 0; i < plan.dataStores().size(); i++) {
            DataStore store = plan.dataStores().get(i);
            String name = NAMES_IN_EVERY_SCRIPT.get((i + 3) % NAMES_IN_EVERY_SCRIPT.size()).split(" ")[0];
            stores.add(new DataStore(store.id(), name, store.type(), store.location()));
        }
        Plan named = new Plan(1, "東京 データセンター移行", plan.dataFactory(), locations, plan.links(), stores,
                plan.flows(), plan.runtime(), plan.credentials());
        return new Case("names in every script", named, base.recommendation());
    }

    /** A generated plan: {@code stores} stores spread over sites, half of them copied to Azure. */
    public static Case large(int stores, int flows) {
        List<Location> locations = new ArrayList<>();
        int sites = Math.max(1, stores / 100);
        for (int i = 0; i < sites; i++) {
            locations.add(new Location("dc" + i, "Datacenter " + i, LocationKind.ON_PREMISES,
                    List.of("203.0.113." + (i % 250 + 1)), List.of("10." + (i % 250) + ".0.0/16")));
        }
        locations.add(new Location("azure", "Azure public endpoints", LocationKind.AZURE_PUBLIC));
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            links.add(new Link("dc" + i, "azure", LinkType.EXPRESSROUTE_MICROSOFT_PEERING));
        }
        List<DataStore> dataStores = new ArrayList<>();
        int azureStores = Math.max(1, stores / 10);
        for (int i = 0; i < stores - azureStores; i++) {
            dataStores.add(new DataStore("s" + i, "Source database " + i, "SQL_SERVER", "dc" + (i % sites)));
        }
        for (int i = 0; i < azureStores; i++) {
            dataStores.add(new DataStore("a" + i, "Warehouse " + i, "AZURE_SQL_DATABASE", "azure"));
        }
        List<Flow> planFlows = new ArrayList<>();
        List<FlowDecision> decisions = new ArrayList<>();
        Reason reason = new Reason("ExpressRoute Microsoft peering: runtime on-premises.", "hybrid-er-microsoft");
        int sources = stores - azureStores;
        for (int i = 0; i < flows; i++) {
            String source = "s" + (i % sources);
            String sink = "a" + (i % azureStores);
            String site = "dc" + ((i % sources) % sites);
            planFlows.add(new Flow("f" + i, source, sink, false));
            decisions.add(new FlowDecision("f" + i, source, sink, Scenario.HYBRID, FlowStatus.OK, "shir-" + site,
                    Network.EXPRESSROUTE_MICROSOFT_PEERING, List.of(site, "azure"), List.of(reason)));
        }
        List<RuntimePlacement> runtimes = new ArrayList<>();
        List<FirewallRule> rules = new ArrayList<>();
        List<AllowlistEntry> allowlist = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            String id = "shir-dc" + i;
            String site = "dc" + i;
            runtimes.add(new RuntimePlacement(id, RuntimeType.SELF_HOSTED, site, RuntimeHost.ON_PREMISES_MACHINE,
                    List.of(), decisions.stream().filter(d -> d.runtime().equals(id)).map(FlowDecision::id).toList(),
                    List.of(reason)));
            rules.addAll(selfHostedRules(id, RuleScope.CORPORATE_FIREWALL, "big-adf", true));
        }
        for (int i = 0; i < azureStores; i++) {
            allowlist.add(new AllowlistEntry("a" + i, "shir-dc" + (i % sites),
                    List.of("203.0.113." + ((i % sites) % 250 + 1)), AddressBasis.EGRESS_IPS, "allowlist"));
        }
        Plan plan = new Plan(1, "Generated estate of " + stores + " stores",
                new DataFactory("big-adf", "westeurope", EndpointStyle.REGIONAL), locations, links, dataStores,
                planFlows, RuntimeOptions.DEFAULTS, CredentialOptions.DEFAULTS);
        Recommendation recommendation = new Recommendation(Scenario.HYBRID, decisions, runtimes, rules, allowlist,
                new CredentialAdvice(CredentialStore.DATA_FACTORY_MANAGED, null, List.of()), List.of(), List.of(),
                references());
        return new Case("generated " + stores + " stores", plan, recommendation);
    }

    public static List<Case> all() {
        return List.of(datacenterWithExpressRoute(), mixedAzureAndAwsEstate(), hostileNames(), namesInEveryScript());
    }
}
