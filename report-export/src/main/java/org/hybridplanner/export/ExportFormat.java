package org.hybridplanner.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a plan and its recommendation can be exported to, with the name the command line uses. */
public enum ExportFormat {
    /** The design document. */
    PDF("pdf", "pdf", "application/pdf"),
    /** The diagram as SVG. */
    SVG("svg", "svg", "image/svg+xml"),
    /** The diagram as PNG. */
    PNG("png", "png", "image/png"),
    /** The diagram as an editable diagrams.net file. */
    DRAWIO("drawio", "drawio", "application/vnd.jgraph.mxfile"),
    /** The diagram graph as GraphML. */
    GRAPHML("graphml", "graphml", "application/graphml+xml"),
    /** The diagram graph in Graphviz DOT. */
    DOT("dot", "dot", "text/vnd.graphviz"),
    /** The recommendation as JSON. */
    JSON("json", "json", "application/json"),
    /** Every firewall rule and allowlist entry, one per row. */
    CSV("csv", "csv", "text/csv"),
    /** Windows Firewall rule and connectivity checks for the self-hosted runtime machines. */
    POWERSHELL("powershell", "ps1", "text/plain"),
    /** Azure data-store firewall, network and NSG rule commands. */
    AZURE_CLI("azure-cli", "azure.sh", "text/x-shellscript"),
    /** AWS security-group ingress commands for Redshift. */
    AWS_CLI("aws-cli", "aws.sh", "text/x-shellscript");

    private final String cliName;
    private final String extension;
    private final String mediaType;

    ExportFormat(String cliName, String extension, String mediaType) {
        this.cliName = cliName;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The name used by {@code export --format}, for example {@code azure-cli}. */
    public String cliName() {
        return cliName;
    }

    /** The file extension without the dot, for example {@code pdf} or {@code azure.sh}. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** True for formats whose output is text (UTF-8). */
    public boolean isText() {
        return this != PDF && this != PNG;
    }

    /** The format with the given command-line name or enum name, ignoring case. */
    public static Optional<ExportFormat> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.cliName.equals(wanted) || format.name().toLowerCase(Locale.ROOT)
                        .equals(wanted.replace('-', '_')))
                .findFirst();
    }

    /** A safe file name for a plan in this format: letters, digits, '-' and '_' only. */
    public String fileName(String planName) {
        String base = planName == null ? "" : planName.replaceAll("[^A-Za-z0-9_-]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (base.length() > 60) {
            base = base.substring(0, 60);
        }
        return (base.isEmpty() ? "plan" : base) + "." + extension;
    }
}
