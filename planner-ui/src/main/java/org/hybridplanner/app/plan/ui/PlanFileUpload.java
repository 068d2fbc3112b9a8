package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.hybridplanner.model.PlanLimits;

/**
 * Receives an imported plan file on the server, reading at most the plan-document limit: the upload component's
 * own size check runs in the browser, which a hand-made request skips. A file over the limit is refused as soon as
 * that is known (from its declared size, or after the limit and one buffer more), never read whole into memory.
 */
final class PlanFileUpload implements UploadHandler {
    static final String TOO_LARGE = "The file is larger than " + PlanLimits.MAX_DOCUMENT_BYTES / (1024 * 1024)
            + " MiB, the limit for a plan file.";
    private static final int MULTIPART_OVERHEAD = 64 * 1024;

    private final SerializableBiConsumer<String, byte[]> received;
    private final SerializableConsumer<String> refused;
    private final String tooLarge;

    /** {@code received} and {@code refused} (with the message) run under the UI's lock. */
    PlanFileUpload(SerializableBiConsumer<String, byte[]> received, SerializableConsumer<String> refused) {
        this(received, refused, TOO_LARGE);
    }

    /** The same limit for another kind of file (a Data Factory export), with its own words for the refusal. */
    PlanFileUpload(SerializableBiConsumer<String, byte[]> received, SerializableConsumer<String> refused,
            String tooLarge) {
        this.received = received;
        this.refused = refused;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] bytes = event.getFileSize() > PlanLimits.MAX_DOCUMENT_BYTES ? null : readAtMostLimit(event);
        UI ui = event.getUI();
        if (bytes == null) {
            event.reject(tooLarge);
            ui.access(() -> refused.accept(tooLarge));
            return;
        }
        String fileName = event.getFileName();
        ui.access(() -> received.accept(fileName, bytes));
    }

    private static byte[] readAtMostLimit(UploadEvent event) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = event.getInputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > PlanLimits.MAX_DOCUMENT_BYTES) {
                    return null;
                }
                bytes.write(buffer, 0, n);
            }
        }
        return bytes.toByteArray();
    }

    /** For uploads sent as multipart forms, where the servlet container checks these before reading the parts. */
    @Override
    public long getRequestSizeMax() {
        return PlanLimits.MAX_DOCUMENT_BYTES + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return PlanLimits.MAX_DOCUMENT_BYTES;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
