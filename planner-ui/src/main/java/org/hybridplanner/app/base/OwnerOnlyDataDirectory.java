package org.hybridplanner.app.base;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded database to the planner's own operating-system user: it holds password hashes, token hashes
 * and every plan. Before the datasource opens, the database's directory is created with mode 0700 (or narrowed to
 * 0700 when it is the planner's data directory and was created looser, as before this check); once the application
 * has started, the database files in it are narrowed to 0600. Files H2 creates later (a trace file, temporary files)
 * get the process umask, typically 0644, but in a 0700 directory no other user can reach them, and the next start
 * narrows them too. A server-mode or in-memory H2 URL, PostgreSQL, or a file system without POSIX permissions is
 * left alone.
 */
@Component
class OwnerOnlyDataDirectory implements BeanPostProcessor, ApplicationListener<ContextRefreshedEvent> {
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final List<String> NOT_A_FILE = List.of("mem:", "tcp:", "ssl:", "zip:");

    private final Path dataDirectory;
    private volatile Path database;

    OwnerOnlyDataDirectory(Environment environment) {
        this.dataDirectory = Path.of(environment.getProperty("planner.data-dir", "./data")).toAbsolutePath()
                .normalize();
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            Path file = databaseFile(hikari.getJdbcUrl());
            if (file != null && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                database = file;
                prepareDirectory(file.getParent());
            }
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        Path file = database;
        if (file == null) {
            return;
        }
        String prefix = file.getFileName() + ".";
        try (Stream<Path> entries = Files.list(file.getParent())) {
            for (Path entry : entries.filter(e -> e.getFileName().toString().startsWith(prefix)).toList()) {
                if (Files.isRegularFile(entry) && !FILE.containsAll(Files.getPosixFilePermissions(entry))) {
                    Files.setPosixFilePermissions(entry, FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot narrow the permissions of the database files in "
                    + file.getParent(), e);
        }
    }

    private void prepareDirectory(Path directory) {
        try {
            if (Files.notExists(directory)) {
                Files.createDirectories(directory.getParent());
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
                Files.setPosixFilePermissions(directory, DIRECTORY);  // the umask may have narrowed the request
            } else if (directory.equals(dataDirectory) && !DIRECTORY.equals(Files.getPosixFilePermissions(directory))) {
                Files.setPosixFilePermissions(directory, DIRECTORY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database directory " + directory
                    + " for the planner's user only", e);
        }
    }

    /** The H2 database file an embedded URL names ({@code jdbc:h2:file:./data/planner;...}), or null. */
    static Path databaseFile(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return null;
        }
        String name = jdbcUrl.substring("jdbc:h2:".length());
        int settings = name.indexOf(';');
        if (settings >= 0) {
            name = name.substring(0, settings);
        }
        if (NOT_A_FILE.stream().anyMatch(name::startsWith)) {
            return null;
        }
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return name.isBlank() ? null : Path.of(name).toAbsolutePath().normalize();
    }
}
