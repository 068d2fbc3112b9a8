package org.hybridplanner.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Where a command writes: results to {@code out}, problems to {@code err}, both UTF-8. */
record CliConsole(PrintStream out, PrintStream err) {
    static CliConsole system() {
        return new CliConsole(
                new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }
}
