package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/** Download links for plan-format JSON, computed when clicked so they always carry the current content. */
final class JsonDownloads {
    private JsonDownloads() {
    }

    static Anchor link(String text, SerializableSupplier<String> fileName, SerializableSupplier<byte[]> content) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.get(), "application/json",
                    bytes.length);
        });
        return new Anchor(handler, AttachmentType.DOWNLOAD, text);
    }

    /** A file name from a plan name: letters, digits and dashes only, so no header or path tricks get through. */
    static String fileName(String planName, String suffix) {
        String base = planName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return (base.isEmpty() ? "plan" : base.substring(0, Math.min(base.length(), 60))) + suffix + ".json";
    }
}
