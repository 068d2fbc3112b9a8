package org.hybridplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hybridplanner.app.PlannerApplication;
import org.hybridplanner.engine.ExamplePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a process of its own, as {@code ./run.sh export} runs it: a fresh JVM reads only the font faces
 * a plan's names need, when it first needs them. The PDF must carry the same text as one written where every face
 * is already loaded, with each script's face embedded.
 */
class CommandLineProcessTest {
    @TempDir
    Path dir;

    @Test
    void aFreshProcessEmbedsTheFacesJapaneseAndArabicNamesNeedAndWritesTheSameText() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.json"), ExamplePlans.demo().json()
                .replace("\"Amsterdam DC\"", "\"東京 データセンター\"")
                .replace("\"General ledger (Oracle)\"", "\"مستودع البيانات\""));
        Path fresh = dir.resolve("fresh.pdf");
        Path warm = dir.resolve("warm.pdf");

        Process process = new ProcessBuilder(javaCommand(plan, fresh)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).startsWith("wrote pdf to");
        PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(PlannerCommandLine.standard(new CliConsole(discard, discard)).run(new String[] {"export",
                plan.toString(), "--format", "pdf", "--out", warm.toString()})).isZero();

        try (PDDocument freshPdf = Loader.loadPDF(fresh.toFile()); PDDocument warmPdf = Loader.loadPDF(warm.toFile())) {
            String text = new PDFTextStripper().getText(freshPdf);
            assertThat(text).contains("東京 データセンター", "مستودع البيانات").doesNotContain("\uFFFD");
            assertThat(undated(text)).isEqualTo(undated(new PDFTextStripper().getText(warmPdf)));
            assertThat(fontNames(freshPdf)).anyMatch(name -> name.startsWith("WenQuanYiMicroHei"))
                    .anyMatch(name -> name.startsWith("DejaVuSans"))
                    .noneMatch(name -> name.contains("Thai") || name.contains("Devanagari"));
            assertThat(fontNames(freshPdf)).isEqualTo(fontNames(warmPdf));
        }
    }

    /**
     * A diagram export in a session whose {@code DISPLAY} names an X server that is not there (a forwarded display
     * of a closed SSH session): Java2D must not try to reach it. It failed with "Could not initialize class
     * java.awt.GraphicsEnvironment$LocalGE" before the command line made itself headless.
     */
    @Test
    void exportsDiagramsWhenDisplayNamesAnXServerThatIsNotThere() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.json"), ExamplePlans.demo().json());
        Path png = dir.resolve("design.png");
        List<String> command = new ArrayList<>(javaCommand(plan, png));
        command.set(command.indexOf("pdf"), "png");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", ":97"); // no X server listens there

        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).startsWith("wrote png to");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(1_000);
    }

    @Test
    void theCommandLineRunsHeadless() {
        System.clearProperty("java.awt.headless"); // a Spring test before this one in the same JVM sets it too

        PlannerCommandLine.execute(new String[] {"help"});

        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    }

    /** The text without its date ("3 December 2026, 18:40 UTC"): the two runs may straddle a minute. */
    private static String undated(String text) {
        return text.replaceAll("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} \\w+", "DATE");
    }

    private static List<String> javaCommand(Path plan, Path out) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                PlannerApplication.class.getName(), "export", plan.toString(), "--format", "pdf", "--out",
                out.toString());
    }

    /** The fonts of every page, without the subset tag ("ABCDEF+"), in order of first use. */
    private static List<String> fontNames(PDDocument pdf) {
        List<String> names = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                try {
                    String font = page.getResources().getFont(name).getName().substring(7);
                    if (!names.contains(font)) {
                        names.add(font);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }
}
