package org.hybridplanner.export.diagram;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an RGB image as a PNG file (8-bit truecolour, not interlaced), filtering and deflating bands of rows on all
 * cores at once: the diagram's image is millions of pixels, and deflating it on one thread was most of a PNG export.
 * Each band is a deflate stream of its own that ends on a byte boundary (a sync flush), so the bands joined make one
 * zlib stream, as a PNG needs. The pixels decode exactly as drawn. Like the JDK's ImageIO writer it filters no row
 * (filter type 0: a diagram's flat colours deflate better unfiltered than with PNG's predictors) and deflates at its
 * level, so the file is about the same size, not the same bytes.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** The JDK's ImageIO PNG writer's default level: the size it wrote before, for a fraction of level 9's time. */
    private static final int LEVEL = 4;
    /** zlib header: deflate with a 32 KB window, "fast" level class (2..5), no dictionary; a multiple of 31. */
    private static final byte[] ZLIB_HEADER = {0x78, 0x5E};
    private static final int BYTES_PER_PIXEL = 3;
    /** Rows per band: enough bands for every core to stay busy, few enough that restarts cost little size. */
    static final int BAND_ROWS = 128;
    /** Largest IDAT chunk, as ImageIO writes them. */
    private static final int CHUNK = 32_768;

    private PngEncoder() {
    }

    /** Writes {@code image}, which must be {@link BufferedImage#TYPE_INT_RGB}, as a PNG file to {@code out}. */
    static void write(BufferedImage image, OutputStream out) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an RGB image, got type " + image.getType());
        }
        Pixels pixels = Pixels.of(image);
        int bands = (pixels.height + BAND_ROWS - 1) / BAND_ROWS;
        List<Band> deflated = IntStream.range(0, bands).parallel()
                .mapToObj(band -> deflate(pixels, band * BAND_ROWS,
                        Math.min(pixels.height, (band + 1) * BAND_ROWS), band == bands - 1))
                .toList();
        DataOutputStream data = new DataOutputStream(out);
        data.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream fields = new DataOutputStream(header);
        fields.writeInt(pixels.width);
        fields.writeInt(pixels.height);
        fields.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, truecolour, deflate, PNG's filter set, no interlace
        chunk(data, "IHDR", header.toByteArray(), header.size());
        Chunks idat = new Chunks(data);
        idat.write(ZLIB_HEADER, ZLIB_HEADER.length);
        long adler = 1;
        for (Band band : deflated) {
            idat.write(band.bytes, band.length);
            adler = combine(adler, band.adler, band.rawLength);
        }
        idat.write(new byte[] {(byte) (adler >>> 24), (byte) (adler >>> 16), (byte) (adler >>> 8), (byte) adler}, 4);
        idat.flush();
        chunk(data, "IEND", new byte[0], 0);
        data.flush();
    }

    /** The image's packed RGB integers, one row of {@code stride} after another from {@code offset}. */
    private record Pixels(int[] data, int offset, int stride, int width, int height) {
        static Pixels of(BufferedImage image) {
            var model = (SinglePixelPackedSampleModel) image.getSampleModel();
            var buffer = (DataBufferInt) image.getRaster().getDataBuffer();
            int offset = buffer.getOffset() - image.getRaster().getSampleModelTranslateY() * model.getScanlineStride()
                    - image.getRaster().getSampleModelTranslateX();
            return new Pixels(buffer.getData(), offset, model.getScanlineStride(), image.getWidth(),
                    image.getHeight());
        }

        /** Writes row {@code y} as R, G, B bytes into {@code into} from index 1. */
        void row(int y, byte[] into) {
            int start = offset + y * stride;
            for (int x = 0, i = 1; x < width; x++) {
                int rgb = data[start + x];
                into[i++] = (byte) (rgb >>> 16);
                into[i++] = (byte) (rgb >>> 8);
                into[i++] = (byte) rgb;
            }
        }
    }

    /** One band's deflate stream, its Adler-32 checksum and the length of the filtered rows it holds. */
    private record Band(byte[] bytes, int length, long adler, long rawLength) {
    }

    private static Band deflate(Pixels pixels, int from, int to, boolean last) {
        int rowBytes = 1 + pixels.width * BYTES_PER_PIXEL;
        byte[] row = new byte[rowBytes]; // filter type 0 (none), then the row's bytes
        Deflater deflater = new Deflater(LEVEL, true);
        Adler32 adler = new Adler32();
        Output output = new Output(rowBytes / 8 * (to - from) + 64);
        try {
            for (int y = from; y < to; y++) {
                pixels.row(y, row);
                adler.update(row, 0, rowBytes);
                deflater.setInput(row, 0, rowBytes);
                output.drain(deflater, Deflater.NO_FLUSH);
            }
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    output.drain(deflater, Deflater.NO_FLUSH);
                }
            } else {
                output.drain(deflater, Deflater.SYNC_FLUSH);
            }
        } finally {
            deflater.end();
        }
        return new Band(output.bytes, output.length, adler.getValue(), (long) (to - from) * rowBytes);
    }

    /** A growing buffer that a deflater writes into. */
    private static final class Output {
        private byte[] bytes;
        private int length;

        Output(int capacity) {
            bytes = new byte[Math.max(1024, capacity)];
        }

        /** Takes what the deflater has, until it needs more input (or, flushing, has written it all). */
        void drain(Deflater deflater, int flush) {
            while (true) {
                if (length == bytes.length) {
                    bytes = Arrays.copyOf(bytes, bytes.length * 2);
                }
                int room = bytes.length - length;
                int written = deflater.deflate(bytes, length, room, flush);
                length += written;
                if (written < room && (flush != Deflater.NO_FLUSH || deflater.needsInput() || deflater.finished())) {
                    return;
                }
            }
        }
    }

    /** IDAT chunks of at most {@link #CHUNK} bytes. */
    private static final class Chunks {
        private final DataOutputStream out;
        private final byte[] buffer = new byte[CHUNK];
        private int length;

        Chunks(DataOutputStream out) {
            this.out = out;
        }

        void write(byte[] bytes, int count) throws IOException {
            for (int offset = 0; offset < count; ) {
                int n = Math.min(count - offset, CHUNK - length);
                System.arraycopy(bytes, offset, buffer, length, n);
                length += n;
                offset += n;
                if (length == CHUNK) {
                    flush();
                }
            }
        }

        void flush() throws IOException {
            if (length > 0) {
                chunk(out, "IDAT", buffer, length);
                length = 0;
            }
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        out.writeInt(length);
        out.write(name);
        out.write(data, 0, length);
        out.writeInt((int) crc.getValue());
    }

    /** The Adler-32 of two byte sequences joined, from the checksum of each and the second's length (zlib's way). */
    static long combine(long first, long second, long secondLength) {
        final long base = 65_521;
        long remainder = secondLength % base;
        long sum1 = first & 0xFFFF;
        long sum2 = remainder * sum1 % base;
        sum1 += (second & 0xFFFF) + base - 1;
        sum2 += (first >>> 16 & 0xFFFF) + (second >>> 16 & 0xFFFF) + base - remainder;
        sum1 %= base;
        sum2 %= base;
        return sum2 << 16 | sum1;
    }
}
