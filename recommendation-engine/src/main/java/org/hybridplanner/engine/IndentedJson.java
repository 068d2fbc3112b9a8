package org.hybridplanner.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes JSON as UTF-8 bytes, laid out exactly as Jackson's {@code UTF8JsonGenerator} with its default pretty
 * printer lays it out (databind's {@code INDENT_OUTPUT}): objects open one line per entry indented by two spaces per
 * open object, {@code "name" : value}, arrays on one line ({@code [ a, b ]}, {@code [ ]}), empty objects
 * {@code { }}; strings escaped as Jackson escapes them (quote and backslash after a backslash, the short escapes for
 * {@code \b \t \n \f \r}, a backslash, {@code u} and four upper-case hex digits for the other control characters
 * and for a surrogate without its pair, everything else as its UTF-8 bytes).
 *
 * <p>Why not the generator itself: a command-line {@code recommend} writes some 80 MB once, in a cold JVM, where
 * the generator's layers (a context check and pretty-printer calls for each name and value, indentation copied from
 * {@code char}s) cost more than the characters, and its many methods are compiled while they run. Here an entry is a
 * comma, a line break, spaces and the name's bytes prepared once; a string is encoded in one loop. The caller keeps
 * the structure valid (names only inside objects, values after names); tests hold the bytes to databind's.
 */
final class IndentedJson {
    private static final int BUFFER = 64 * 1024;
    /** Characters encoded per pass: at most 6 bytes each (a hex escape), which the buffer always has room for. */
    private static final int CHUNK = 2 * 1024;
    private static final byte[] LINE_BREAK = System.lineSeparator().getBytes(StandardCharsets.UTF_8);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** For each ASCII character: 0 written as it is, 'u' as a hex escape, otherwise the letter after a backslash. */
    private static final byte[] ESCAPES = new byte[128];

    static {
        Arrays.fill(ESCAPES, 0, 0x20, (byte) 'u');
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
    }

    private final OutputStream target;
    private final byte[] buffer;
    private final char[] chars;
    private int position;
    /** Open objects: the indentation of their entries (arrays stay on their line, as Jackson's default). */
    private int objects;
    /** Open objects and arrays, innermost last: whether each is an array, and whether it has an item yet. */
    private boolean[] arrays = new boolean[16];
    private boolean[] written = new boolean[16];
    private int depth;

    IndentedJson(OutputStream target) {
        this(target, BUFFER, CHUNK);
    }

    private IndentedJson(OutputStream target, int buffer, int chunk) {
        this.target = target;
        this.buffer = new byte[buffer];
        this.chars = new char[chunk];
    }

    /** The string quoted and escaped, alone (in a buffer that holds all of it, so nothing is drained). */
    private static byte[] quotedBytes(String text) {
        IndentedJson encoder = new IndentedJson(OutputStream.nullOutputStream(), 6 * text.length() + 8,
                Math.min(CHUNK, text.length()));
        encoder.quoted(text);
        return Arrays.copyOf(encoder.buffer, encoder.position);
    }

    /**
     * An entry's name, quoted and escaped, with the separator after it: encoded once, written for every entry of
     * that name.
     */
    static final class Name {
        private final byte[] quoted;

        Name(String name) {
            byte[] bytes = quotedBytes(name);
            byte[] separator = " : ".getBytes(StandardCharsets.US_ASCII);
            this.quoted = Arrays.copyOf(bytes, bytes.length + separator.length);
            System.arraycopy(separator, 0, quoted, bytes.length, separator.length);
        }
    }

    /** A string value written many times (an enum constant, a shared title), quoted and escaped once. */
    static final class Text {
        private final byte[] quoted;

        Text(String text) {
            this.quoted = quotedBytes(text);
        }
    }

    void startObject() {
        beforeValue();
        room(1);
        buffer[position++] = '{';
        objects++;
        open(false);
    }

    void endObject() {
        objects--;
        if (close()) {
            lineBreak();
        } else {
            room(1);
            buffer[position++] = ' ';
        }
        room(1);
        buffer[position++] = '}';
    }

    void startArray() {
        beforeValue();
        room(1);
        buffer[position++] = '[';
        open(true);
    }

    void endArray() {
        close();
        room(2);
        buffer[position++] = ' ';
        buffer[position++] = ']';
    }

    /** The next entry of the innermost object: a comma after the previous one, a new line, its name. */
    void name(Name name) {
        boolean first = !written[depth - 1];
        written[depth - 1] = true;
        if (!first) {
            room(1);
            buffer[position++] = ',';
        }
        lineBreak();
        put(name.quoted);
    }

    void string(String value) {
        beforeValue();
        if (value == null) {
            putNull();
        } else {
            quoted(value);
        }
    }

    void string(Text value) {
        beforeValue();
        if (value == null) {
            putNull();
        } else {
            put(value.quoted);
        }
    }

    void number(int value) {
        beforeValue();
        String digits = Integer.toString(value);
        room(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            buffer[position++] = (byte) digits.charAt(i);
        }
    }

    void nullValue() {
        beforeValue();
        putNull();
    }

    /** Writes what is buffered to the target and flushes it. */
    void flush() {
        drain();
        try {
            target.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inside an array, a value follows {@code "[ "} or {@code ", "}; after a name, the name's separator. */
    private void beforeValue() {
        if (depth == 0 || !arrays[depth - 1]) {
            return;
        }
        boolean first = !written[depth - 1];
        written[depth - 1] = true;
        room(2);
        if (!first) {
            buffer[position++] = ',';
        }
        buffer[position++] = ' ';
    }

    private void open(boolean array) {
        if (depth == written.length) {
            written = Arrays.copyOf(written, depth * 2);
            arrays = Arrays.copyOf(arrays, depth * 2);
        }
        written[depth] = false;
        arrays[depth] = array;
        depth++;
    }

    /** Closes the innermost object or array; true when something was written in it. */
    private boolean close() {
        depth--;
        return written[depth];
    }

    private void lineBreak() {
        int spaces = 2 * objects;
        room(LINE_BREAK.length + spaces);
        for (byte b : LINE_BREAK) {
            buffer[position++] = b;
        }
        Arrays.fill(buffer, position, position + spaces, (byte) ' ');
        position += spaces;
    }

    private void putNull() {
        room(4);
        buffer[position++] = 'n';
        buffer[position++] = 'u';
        buffer[position++] = 'l';
        buffer[position++] = 'l';
    }

    private void put(byte[] bytes) {
        if (bytes.length > buffer.length - position) {
            drain();
            if (bytes.length > buffer.length) {
                write(bytes, bytes.length);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    /** The string in quotes, escaped as Jackson escapes it. */
    private void quoted(String value) {
        room(1);
        buffer[position++] = '"';
        int length = value.length();
        for (int start = 0; start < length; ) {
            int count = Math.min(CHUNK, length - start);
            value.getChars(start, start + count, chars, 0);
            room(6 * count + 6);
            start = encode(value, start, count);
        }
        room(1);
        buffer[position++] = '"';
    }

    /**
     * Encodes {@code count} characters from {@link #chars} (the string's from {@code start}); returns where the next
     * chunk starts, one further when the last character was the first half of a pair completed from the string.
     */
    private int encode(String value, int start, int count) {
        byte[] out = buffer;
        int p = position;
        int next = start + count;
        for (int i = 0; i < count; i++) {
            char c = chars[i];
            if (c < 0x80) {
                byte escape = ESCAPES[c];
                if (escape == 0) {
                    out[p++] = (byte) c;
                } else if (escape == 'u') {
                    p = unicodeEscape(c, p);
                } else {
                    out[p++] = '\\';
                    out[p++] = escape;
                }
            } else if (c < 0x800) {
                out[p++] = (byte) (0xC0 | c >> 6);
                out[p++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[p++] = (byte) (0xE0 | c >> 12);
                out[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[p++] = (byte) (0x80 | c & 0x3F);
            } else {
                char low = 0;
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < count) {
                        low = chars[i + 1];
                    } else if (next < value.length()) {
                        low = value.charAt(next);
                    }
                }
                if (Character.isLowSurrogate(low)) {
                    int codePoint = Character.toCodePoint(c, low);
                    out[p++] = (byte) (0xF0 | codePoint >> 18);
                    out[p++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                    out[p++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                    out[p++] = (byte) (0x80 | codePoint & 0x3F);
                    if (++i == count) {
                        next++;
                    }
                } else {
                    p = unicodeEscape(c, p);
                }
            }
        }
        position = p;
        return next;
    }

    private int unicodeEscape(char c, int p) {
        byte[] out = buffer;
        out[p++] = '\\';
        out[p++] = 'u';
        out[p++] = HEX[c >> 12];
        out[p++] = HEX[c >> 8 & 0xF];
        out[p++] = HEX[c >> 4 & 0xF];
        out[p++] = HEX[c & 0xF];
        return p;
    }

    /** Makes room for {@code bytes} more (never more than the buffer holds). */
    private void room(int bytes) {
        if (buffer.length - position < bytes) {
            drain();
        }
    }

    private void drain() {
        write(buffer, position);
        position = 0;
    }

    private void write(byte[] bytes, int length) {
        try {
            target.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
