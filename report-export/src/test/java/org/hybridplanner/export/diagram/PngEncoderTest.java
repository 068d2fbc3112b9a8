package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.assertj.core.data.Percentage;
import org.hybridplanner.export.ExportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PNG encoder against the JDK's ImageIO: the same pixels read back, about the same size, and a well-formed file
 * (chunk checksums, one zlib stream whose Adler-32 holds across the bands deflated apart).
 */
class PngEncoderTest {

    @Test
    void theDemoDiagramReadsBackWithTheSamePixelsAsImageIoWroteAndIsAboutItsSize() throws IOException {
        BufferedImage image = drawn(DiagramLayoutTest.layout(ExportFixtures.mixedAzureAndAwsEstate()));
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ByteArrayOutputStream imageIo = new ByteArrayOutputStream();

        PngEncoder.write(image, ours);
        ImageIO.write(image, "png", imageIo);

        assertThat(image.getHeight()).isGreaterThan(3 * PngEncoder.BAND_ROWS);
        assertThat(pixels(read(ours.toByteArray()))).isEqualTo(pixels(image))
                .isEqualTo(pixels(read(imageIo.toByteArray())));
        assertThat((double) ours.size()).isCloseTo(imageIo.size(), Percentage.withPercentage(2));
        assertWellFormed(ours.toByteArray(), image);
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"1, 1", "1, 300", "257, 128", "333, 129", "97, 385"})
    void noiseOfAnySizeReadsBackExactly(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(4) == 0 ? random.nextInt() : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PngEncoder.write(image, out);

        assertThat(pixels(read(out.toByteArray()))).isEqualTo(pixels(image));
        assertWellFormed(out.toByteArray(), image);
    }

    @Test
    void aSubimageIsWrittenAsItsOwnPixels() throws IOException {
        BufferedImage whole = new BufferedImage(40, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < whole.getHeight(); y++) {
            for (int x = 0; x < whole.getWidth(); x++) {
                whole.setRGB(x, y, x * 0x010203 + y * 0x030201);
            }
        }
        BufferedImage part = whole.getSubimage(7, 150, 20, 140);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PngEncoder.write(part, out);

        assertThat(pixels(read(out.toByteArray()))).isEqualTo(pixels(part));
    }

    @Test
    void refusesImagesThatAreNotRgb() {
        BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);

        assertThatThrownBy(() -> PngEncoder.write(argb, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RGB");
    }

    @Test
    void combinedChecksumsAreTheChecksumOfTheJoinedBytes() {
        byte[] first = "a band of rows".repeat(5_000).getBytes(StandardCharsets.US_ASCII);
        byte[] second = new byte[70_000];
        new Random(7).nextBytes(second);

        assertThat(PngEncoder.combine(adler(first), adler(second), second.length))
                .isEqualTo(adler(first, second));
        assertThat(PngEncoder.combine(1, adler(second), second.length)).isEqualTo(adler(second));
    }

    /** Every chunk's CRC is right, IDAT holds one zlib stream that inflates to the rows with a valid Adler-32. */
    private static void assertWellFormed(byte[] png, BufferedImage image) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        in.skipNBytes(8);
        List<String> types = new ArrayList<>();
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        while (in.available() > 0) {
            int length = in.readInt();
            byte[] typeAndData = in.readNBytes(4 + length);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertThat(in.readInt()).isEqualTo((int) crc.getValue());
            String type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
            types.add(type);
            if (type.equals("IDAT")) {
                assertThat(length).isLessThanOrEqualTo(32_768);
                idat.write(typeAndData, 4, length);
            }
        }
        assertThat(types.getFirst()).isEqualTo("IHDR");
        assertThat(types.getLast()).isEqualTo("IEND");
        assertThat(types.subList(1, types.size() - 1)).containsOnly("IDAT");
        Inflater inflater = new Inflater();
        inflater.setInput(idat.toByteArray());
        byte[] rows = new byte[image.getHeight() * (1 + 3 * image.getWidth()) + 1];
        try {
            // Inflater checks the stream's Adler-32 trailer and throws when it is wrong.
            assertThat(inflater.inflate(rows)).isEqualTo(rows.length - 1);
        } catch (DataFormatException e) {
            throw new AssertionError(e);
        }
        assertThat(inflater.finished()).isTrue();
        assertThat(inflater.getRemaining()).isZero();
    }

    private static BufferedImage drawn(DiagramLayout layout) {
        BufferedImage image = new BufferedImage((int) Math.ceil(layout.width() * 2),
                (int) Math.ceil(layout.height() * 2), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(2, 2);
        new DiagramPainter().paint(g, layout);
        g.dispose();
        return image;
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static long adler(byte[]... parts) {
        Adler32 adler = new Adler32();
        for (byte[] part : parts) {
            adler.update(part);
        }
        return adler.getValue();
    }
}
