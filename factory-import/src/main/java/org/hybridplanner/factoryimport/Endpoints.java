package org.hybridplanner.factoryimport;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where a linked service connects: its host (and port), read from the few properties that name it, never from
 * anything else. A connection string is split into its parts and only the host part leaves this class; passwords,
 * keys, SAS tokens and encrypted credentials are never read.
 */
final class Endpoints {
    /** Properties that hold a host or a URL, in the order they are tried. */
    private static final List<String> HOST_PROPERTIES = List.of("url", "baseUrl", "serviceEndpoint", "serviceUri",
            "endpoint", "accountEndpoint", "server", "host", "hostName", "domain", "environmentUrl", "siteUrl",
            "clusterUri", "instanceUrl", "accountIdentifier", "account", "accountName");
    /** Parts of a connection string that hold a host. */
    private static final List<String> HOST_KEYS = List.of("server", "data source", "address", "addr",
            "network address", "host", "hostname", "accountendpoint", "blobendpoint", "endpoint", "url", "uri");
    private static final Map<String, String> STORAGE_SERVICES = Map.of("AzureBlobStorage", "blob",
            "AzureTableStorage", "table", "AzureFileStorage", "file", "AzureBlobFS", "dfs");

    private Endpoints() {
    }

    /** The host of the linked service, or why it is not known. */
    static Resolved of(String connector, JsonNode typeProperties, Values values) {
        Resolved firstUnknown = null;
        for (String property : HOST_PROPERTIES) {
            JsonNode node = typeProperties.get(property);
            if (node == null) {
                continue;
            }
            Resolved value = values.resolve(node, "its " + property);
            if (!value.isKnown()) {
                firstUnknown = firstUnknown == null ? value : firstUnknown;
                continue;
            }
            String host = property.equals("accountName") || property.equals("account")
                    ? storageHost(connector, value.value(), null)
                    : host(value.value());
            if (host != null) {
                return Resolved.known(host, value.source());
            }
        }
        JsonNode connectionString = typeProperties.get("connectionString");
        if (connectionString != null) {
            Resolved text = values.resolve(connectionString, "its connection string");
            if (!text.isKnown()) {
                return text;
            }
            String host = fromConnectionString(connector, text.value());
            if (host != null) {
                return Resolved.known(host, text.source().equals("the export") ? "the connection string"
                        : "the connection string in " + text.source());
            }
        }
        return firstUnknown != null ? firstUnknown : Resolved.unknown("the export does not name its host");
    }

    static String fromConnectionString(String connector, String connectionString) {
        String account = null;
        String suffix = null;
        String port = null;
        String host = null;
        for (String part : connectionString.split(";")) {
            int equals = part.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String key = part.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = part.substring(equals + 1).strip();
            if (host == null && HOST_KEYS.contains(key)) {
                host = host(value);
            } else if (key.equals("accountname")) {
                account = value;
            } else if (key.equals("endpointsuffix")) {
                suffix = value;
            } else if (key.equals("port")) {
                port = value.matches("[0-9]{1,5}") ? value : null;
            }
        }
        if (host == null && account != null) {
            return storageHost(connector, account, suffix);
        }
        return host == null ? null : port == null || host.contains(":") ? host : host + ":" + port;
    }

    private static String storageHost(String connector, String account, String suffix) {
        String service = STORAGE_SERVICES.get(connector);
        if (!account.matches("[a-z0-9]{3,24}")) {
            return host(account);
        }
        return service == null ? account : account + "." + service + "."
                + (suffix == null ? "core.windows.net" : suffix);
    }

    /** The host (and port) of a URL or host text, lower-cased; null when it does not look like one. */
    static String host(String text) {
        String rest = text.strip();
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            rest = rest.substring(scheme + 3);
        }
        while (rest.startsWith("\\")) {
            // A UNC path, \\server\share: the server is the host.
            rest = rest.substring(1);
        }
        if (rest.regionMatches(true, 0, "tcp:", 0, 4)) {
            rest = rest.substring(4);
        }
        int end = rest.length();
        for (char stop : new char[] {'/', '?', '#', ';', '\\'}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        rest = rest.substring(0, end);
        int userInfo = rest.lastIndexOf('@');
        if (userInfo >= 0) {
            rest = rest.substring(userInfo + 1);
        }
        rest = rest.replace(',', ':').toLowerCase(Locale.ROOT);
        return rest.matches("[a-z0-9]([a-z0-9._:\\[\\]-]{0,252})") ? rest : null;
    }
}
