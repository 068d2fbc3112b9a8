package org.hybridplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.hybridplanner.export.ExportFixtures.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Warming an export's path beside a real export changes nothing in what the export writes. */
class ExportWarmUpTest {
    private static final ExportContext CONTEXT = new ExportContext("A. Architect",
            Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC), "v1");

    private static byte[] export(ExportFormat format, Case c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.write(format, c.plan(), c.recommendation(), CONTEXT, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"PDF", "PNG", "SVG", "DRAWIO", "CSV"})
    void anExportWrittenWhileItsPathWarmsUpIsByteForByteTheSame(ExportFormat format) throws Exception {
        Case c = ExportFixtures.namesInEveryScript();
        byte[] alone = export(format, c);

        CompletableFuture<Void> warmUp = CompletableFuture.runAsync(() -> {
            try {
                ExportWarmUp.prepare(format);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        byte[] beside = export(format, c);
        warmUp.get();

        assertThat(beside).isEqualTo(alone);
        assertThat(export(format, c)).isEqualTo(alone);
    }
}
