package org.hybridplanner.app.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.hybridplanner.export.ExportFormat;
import org.hybridplanner.export.Exporters;
import org.hybridplanner.export.text.DesignSummary;
import org.hybridplanner.model.Advice;
import org.hybridplanner.model.Reason;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.Reference;
import org.springframework.web.util.HtmlUtils;

/**
 * The read-only design page a view link opens: plain server-rendered HTML with an inline style sheet and no script,
 * so an anonymous visitor costs one request and no session. Every value from the plan is escaped and wrapped in
 * {@code <bdi>}, so that markup in a name stays text and a right-to-left override cannot reorder the page.
 */
final class SharedPage {
    static final List<ExportFormat> DOWNLOADS = List.of(ExportFormat.PDF, ExportFormat.CSV, ExportFormat.POWERSHELL,
            ExportFormat.AZURE_CLI, ExportFormat.AWS_CLI, ExportFormat.SVG, ExportFormat.DRAWIO, ExportFormat.JSON);

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1a2330;background:#f5f7fa}
            header{background:#fff;border-bottom:1px solid #dde3ea;padding:16px 32px}
            header h1{margin:0;font-size:1.5rem}header p{margin:4px 0 0;color:#5a6675}
            main{max-width:1200px;margin:0 auto;padding:16px 32px 48px}
            section{background:#fff;border:1px solid #dde3ea;border-radius:8px;padding:16px 20px;margin:16px 0}
            h2{font-size:1.15rem;margin:0 0 12px}table{border-collapse:collapse;width:100%;font-size:.9rem}
            th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e8ecf1;vertical-align:top}
            th{background:#f0f3f7;font-weight:600}.summary{margin:6px 0 0;font-weight:600;color:#1a2330}
            .diagram{overflow:auto}.diagram svg{display:block;max-width:100%;height:auto}
            #diagram-section:target svg{max-width:none}.diagram-size{margin:0 0 8px;font-size:.9rem}
            #diagram-section:target #diagram-full-size,#diagram-section:not(:target) #diagram-fit{display:none}
            .downloads a{display:inline-block;margin:0 8px 8px 0;padding:6px 12px;border:1px solid #1f6feb;
            border-radius:6px;color:#1f6feb;text-decoration:none}.ref{color:#5a6675;font-size:.85em}
            blockquote{margin:4px 0 8px 12px;padding-left:8px;border-left:3px solid #dde3ea;color:#3d4753}
            .badge{display:inline-block;padding:2px 8px;border-radius:10px;background:#e7f0ff;color:#1a4fa0;font-size:.8rem}
            """;

    private SharedPage() {
    }

    static String render(String token, SharedDesign shared) {
        Recommendation rec = shared.recommendation();
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex, nofollow\">")
                .append("<meta name=\"referrer\" content=\"no-referrer\">")
                .append(ICON)
                .append("<title>").append(esc(shared.plan().name())).append(" – shared design</title>")
                .append("<style>").append(STYLE).append("</style></head><body>");
        html.append("<header><h1 id=\"plan-name\"><bdi>").append(esc(shared.plan().name())).append("</bdi></h1>")
                .append("<p><span class=\"badge\">Read-only</span> Shared design of data factory <bdi>")
                .append(esc(shared.plan().dataFactory().name())).append("</bdi> (").append(esc(shared.versionLabel()))
                .append(", last changed by <bdi>").append(esc(shared.author())).append("</bdi>)</p>")
                .append("<p class=\"summary\" id=\"summary\">").append(esc(DesignSummary.of(rec)))
                .append("</p></header><main>");

        html.append("<section class=\"downloads\" id=\"downloads\"><h2>Downloads</h2>");
        for (ExportFormat format : DOWNLOADS) {
            html.append("<a id=\"download-").append(format.cliName()).append("\" href=\"").append(token)
                    .append("/exports/").append(format.cliName()).append("\" download>")
                    .append(label(format)).append("</a>");
        }
        html.append("</section>");

        diagram(html, token, shared);

        html.append("<section id=\"runtimes\"><h2>Integration runtimes</h2>");
        table(html, List.of("Runtime", "Type", "Host", "Location", "Flows", "Why"), rec.runtimes(),
                r -> List.of(esc(r.id()), esc(r.type().displayName()), esc(r.host().displayName()),
                        esc(r.location()),
                        esc(String.join(", ", r.flows())), reasons(r.reasons())));
        html.append("</section>");

        html.append("<section id=\"flows\"><h2>Flows</h2>");
        table(html, List.of("Flow", "From → to", "Status", "Runtime", "Network", "Why"), rec.flows(),
                f -> List.of(esc(f.id()), esc(f.source() + " → " + f.sink()), esc(f.status().displayName()),
                        esc(f.runtime()), f.network() == null ? "" : esc(f.network().displayName()),
                        reasons(f.reasons())));
        html.append("</section>");

        html.append("<section id=\"firewall-rules\"><h2>Firewall rules</h2>");
        // The rule's purpose and its notes (what every node of a runtime of several nodes needs), each with its
        // own source, as the PDF and the planner show them.
        table(html, List.of("Runtime", "Scope", "Direction", "Host", "Port", "Why"), rec.firewallRules(),
                r -> List.of(esc(r.runtime()), esc(r.scope().displayName()), esc(r.direction().displayName()),
                        esc(r.host()), r.port() + "/" + esc(r.protocol().name()), reasons(r.reasons())));
        html.append("</section>");

        html.append("<section id=\"allowlist\"><h2>Data store allowlists</h2>");
        // The entry's purpose (who connects, and the article's note that the store might not require it) and its
        // notes, each with its source, as the PDF and the planner show them.
        table(html, List.of("Data store", "Runtime", "Allow", "Basis", "Why"), rec.allowlist(),
                a -> List.of(esc(a.dataStore()), esc(a.runtime()), esc(String.join(", ", a.addresses())),
                        esc(a.basis().displayName()), reasons(a.reasons())));
        html.append("</section>");

        if (!rec.warnings().isEmpty()) {
            html.append("<section id=\"warnings\"><h2>Warnings</h2>");
            table(html, List.of("Severity", "Subject", "Warning", "Source"), rec.warnings(),
                    w -> List.of(esc(w.severity().displayName()), esc(w.subject()), esc(w.message()),
                            ref(w.reference())));
            html.append("</section>");
        }
        if (rec.credentials() != null && !rec.credentials().advice().isEmpty()) {
            html.append("<section id=\"credentials\"><h2>Credentials</h2><ul>");
            for (Advice advice : rec.credentials().advice()) {
                html.append("<li><bdi>").append(esc(advice.text())).append("</bdi> ").append(ref(advice.reference()))
                        .append("</li>");
            }
            html.append("</ul></section>");
        }

        html.append("<section id=\"references\"><h2>References</h2>");
        for (Reference reference : rec.references()) {
            html.append("<p id=\"ref-").append(esc(reference.id())).append("\"><strong>[").append(esc(reference.id()))
                    .append("]</strong> ").append(esc(reference.document())).append(", ")
                    .append(esc(reference.section()));
            if (reference.url() != null && reference.url().startsWith("https://")) {
                html.append(" – <a rel=\"noreferrer noopener\" href=\"").append(esc(reference.url())).append("\">")
                        .append(esc(reference.url())).append("</a>");
            }
            html.append("</p>");
            if (reference.quote() != null && !reference.quote().isBlank()) {
                html.append("<blockquote>").append(esc(reference.quote())).append("</blockquote>");
            }
        }
        html.append("</section></main></body></html>");
        return html.toString();
    }

    /**
     * The diagram scaled to the page's width (its SVG has a viewBox), with a script-free switch to full size: while
     * the section is the address's {@code :target}, the width limit is lifted and the diagram's box scrolls.
     */
    private static void diagram(StringBuilder html, String token, SharedDesign shared) {
        String svg = Exporters.svg(shared.plan(), shared.recommendation());
        html.append("<section id=\"diagram-section\"><h2 id=\"diagram-title\">Diagram</h2><p class=\"diagram-size\">")
                .append("<a id=\"diagram-full-size\" href=\"#diagram-section\">Show the diagram full size</a>")
                .append("<a id=\"diagram-fit\" href=\"#diagram-title\">Fit the diagram to the page</a>")
                .append(" · <a href=\"").append(token).append("/exports/svg\" download>Download it (SVG)</a></p>")
                .append("<div class=\"diagram\" id=\"diagram\">")
                // Inline in HTML, the XML declaration would only be a bogus comment.
                .append(svg.substring(svg.indexOf("<svg"))).append("</div></section>");
    }

    /**
     * The planner's icon inline, so that the browser does not ask for /favicon.ico: an anonymous view stays one
     * request, and never reaches the signed-in part of the planner (whose chain could start a session).
     */
    private static final String ICON = "<link rel=\"icon\" type=\"image/svg+xml\" href=\"data:image/svg+xml;base64,"
            + Base64.getEncoder().encodeToString(icon()) + "\">";

    /** The drawing favicon.ico is made from (bin/make-favicon.sh), so the two never differ. */
    private static byte[] icon() {
        try (InputStream in = SharedPage.class.getResourceAsStream("/icons/planner.svg")) {
            if (in == null) {
                throw new IllegalStateException("icons/planner.svg is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The friendly page for a link that cannot be opened (unknown, revoked, expired, or too many guesses). */
    static String problem(String title, String detail) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"robots\" "
                + "content=\"noindex, nofollow\">" + ICON + "<title>" + esc(title) + "</title><style>" + STYLE
                + "</style></head><body><main><section><h1 id=\"problem\">" + esc(title) + "</h1><p>" + esc(detail)
                + "</p><p>Ask the person who shared the plan for a new link.</p></section></main></body></html>";
    }

    static String label(ExportFormat format) {
        return switch (format) {
            case PDF -> "Design document (PDF)";
            case CSV -> "Rules (CSV)";
            case POWERSHELL -> "PowerShell script";
            case AZURE_CLI -> "Azure CLI script";
            case AWS_CLI -> "AWS CLI script";
            case SVG -> "Diagram (SVG)";
            case DRAWIO -> "Diagram (draw.io)";
            case JSON -> "Recommendation (JSON)";
            default -> format.cliName();
        };
    }

    private static <T> void table(StringBuilder html, List<String> headers, List<T> rows,
            Function<T, List<String>> cells) {
        if (rows.isEmpty()) {
            html.append("<p>None.</p>");
            return;
        }
        html.append("<table><thead><tr>");
        headers.forEach(h -> html.append("<th>").append(esc(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (T row : rows) {
            html.append("<tr>");
            cells.apply(row).forEach(cell -> html.append("<td><bdi>").append(cell).append("</bdi></td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static String reasons(List<Reason> reasons) {
        StringBuilder text = new StringBuilder();
        for (Reason reason : reasons) {
            text.append("<div>").append(esc(reason.text())).append(' ').append(ref(reason.reference()))
                    .append("</div>");
        }
        return text.toString();
    }

    private static String ref(String referenceId) {
        return referenceId == null || referenceId.isBlank() ? ""
                : "<a class=\"ref\" href=\"#ref-" + esc(referenceId) + "\">[" + esc(referenceId) + "]</a>";
    }

    static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
