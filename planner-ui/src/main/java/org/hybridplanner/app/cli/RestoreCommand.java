package org.hybridplanner.app.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * {@code restore BACKUP.zip [--data-dir DIR] [--replace]}: puts a backup taken with {@code POST /api/admin/backup}
 * (H2's {@code BACKUP TO}) back as the embedded database of a stopped planner. The backup is unpacked beside the
 * database and opened once to check that it is a planner database before it takes the database's place; with
 * {@code --replace}, the database it replaces is kept as {@code planner.mv.db.before-restore-TIME}, never deleted.
 * The data directory is {@code --data-dir}, else {@code PLANNER_DATA_DIR}, else {@code ./data}, as for the server.
 */
final class RestoreCommand implements CliCommand {
    static final String DATABASE_FILE = "planner.mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Function<String, String> environment;
    private final Clock clock;

    RestoreCommand(Function<String, String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "restore BACKUP.zip [--data-dir DIR] [--replace]   put a backup back as the database (planner stopped)";
    }

    @Override
    public int run(List<String> arguments, CliConsole console) throws Exception {
        Path backup = null;
        Path dataDir = null;
        boolean replace = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--data-dir") && i + 1 < arguments.size()) {
                dataDir = Path.of(arguments.get(++i));
            } else if (argument.equals("--replace")) {
                replace = true;
            } else if (!argument.startsWith("--") && backup == null) {
                backup = Path.of(argument);
            } else {
                throw new UsageException("unexpected argument '" + argument + "'; usage: " + usage());
            }
        }
        if (backup == null) {
            throw new UsageException("missing BACKUP.zip; usage: " + usage());
        }
        if (!Files.isRegularFile(backup)) {
            throw new UsageException(backup + ": no such file");
        }
        if (dataDir == null) {
            String configured = environment.apply("PLANNER_DATA_DIR");
            dataDir = Path.of(configured == null || configured.isBlank() ? "./data" : configured);
        }
        Path database = dataDir.resolve(DATABASE_FILE);
        if (Files.exists(database) && !replace) {
            throw new UsageException(dataDir + " already holds a database (" + DATABASE_FILE + "): stop the planner "
                    + "and add --replace to restore over it (the current one is kept beside it)");
        }
        if (Files.exists(database) && inUse(database)) {
            console.err().println("the database in " + dataDir + " is in use: stop the running planner first");
            return 1;
        }
        Files.createDirectories(dataDir);
        Path unpacked = Files.createTempDirectory(dataDir, ".restore-");
        try {
            unpack(backup, unpacked.resolve(DATABASE_FILE));
            Contents contents = check(unpacked);
            if (Files.exists(database)) {
                Path kept = dataDir.resolve(DATABASE_FILE + ".before-restore-" + STAMP.format(clock.instant()));
                Files.move(database, kept);
                console.err().println("the database it replaces is kept as " + kept);
            }
            Files.move(unpacked.resolve(DATABASE_FILE), database, StandardCopyOption.ATOMIC_MOVE);
            console.out().println("restored " + contents.plans() + " plans of " + contents.accounts()
                    + " accounts into " + database);
            return 0;
        } finally {
            deleteTree(unpacked);
        }
    }

    /** Copies the backup's database file out of the zip; H2's backup holds exactly that one entry. */
    private static void unpack(Path backup, Path target) throws IOException, UsageException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                // Only the name is compared, never used as a path: an entry cannot escape the directory.
                if (entry.getName().equals(DATABASE_FILE)) {
                    Files.copy(zip, target);
                    return;
                }
            }
        } catch (ZipException e) {
            throw new UsageException(backup + " is not a zip file: " + e.getMessage());
        }
        throw new UsageException(backup + " is not a planner backup: it holds no " + DATABASE_FILE);
    }

    /** Opens the unpacked database once, read-only, and counts what it holds; refuses anything else. */
    private static Contents check(Path directory) throws UsageException {
        String url = "jdbc:h2:file:" + directory.resolve("planner").toAbsolutePath() + ";ACCESS_MODE_DATA=r";
        try (Connection connection = DriverManager.getConnection(url, "planner", "");
                Statement statement = connection.createStatement()) {
            return new Contents(count(statement, "account"), count(statement, "plan"));
        } catch (SQLException e) {
            throw new UsageException("the backup's database cannot be opened as a planner database: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A running planner holds a lock on its database file; another process cannot take it. */
    private static boolean inUse(Path database) throws IOException {
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /** What a restored database holds, for the command's answer. */
    private record Contents(long accounts, long plans) {
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
