package org.hybridplanner.app.cli;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hybridplanner.app.PlannerApplication;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.factoryimport.FactoryImporter;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The planner's command line: {@code java -jar planner.jar COMMAND ...}. Runs without starting Spring. Exit codes:
 * 0 done, 2 invalid input or usage (every problem on stderr, one per line), 1 internal fault (one line, no stack
 * trace).
 */
public final class PlannerCommandLine {
    private final Map<String, CliCommand> commands = new LinkedHashMap<>();
    private final CliConsole console;

    PlannerCommandLine(List<CliCommand> commands, CliConsole console) {
        commands.forEach(command -> this.commands.put(command.name(), command));
        this.console = console;
    }

    /** The command line with every command, writing to the process's stdout and stderr. */
    public static PlannerCommandLine standard() {
        return standard(CliConsole.system());
    }

    static PlannerCommandLine standard(CliConsole console) {
        RecommendationEngine engine = RecommendationEngine.standard();
        return new PlannerCommandLine(List.of(new RecommendCommand(engine), new ValidateCommand(engine),
                new ExportCommand(engine, Clock.systemUTC()),
                new ImportAdfCommand(() -> new FactoryImporter(engine.catalog())),
                new TokenCommand(PlannerCommandLine::withoutWebServer),
                new RestoreCommand(System::getenv, Clock.systemUTC())), console);
    }

    /** The application with its configuration and database, but no web server and no log on the console. */
    static ConfigurableApplicationContext withoutWebServer(String[] args) {
        return new SpringApplicationBuilder(PlannerApplication.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                // No console log: stdout carries only the command's answer, so that scripts can capture it.
                .properties("logging.threshold.console=off", "logging.level.root=warn",
                        // Vaadin's auto-configuration needs a servlet context; the command needs only the database.
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run(args);
    }

    /**
     * Runs a command on the process's console and returns its exit code. Never throws: even a fault while loading
     * the rule tables becomes one line on stderr and exit code 1.
     */
    public static int execute(String[] args) {
        headless();
        CliConsole console = CliConsole.system();
        if (args.length > 0 && "export".equals(args[0])) {
            ExportCommand.prepareMeanwhile(Arrays.asList(args));
        }
        try {
            return standard(console).run(args);
        } catch (Exception | Error e) {
            console.err().println("internal error: " + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return 1;
        }
    }

    /**
     * Makes Java2D headless before anything draws. The command line never opens a window, but a diagram export
     * draws with Java2D, which otherwise connects to the X server that {@code DISPLAY} names: every diagram export
     * failed where {@code DISPLAY} named a server that was not there (an SSH session's forwarded display, a closed
     * desktop session), and a reachable one cost a connection at start-up. The web application is headless through
     * Spring Boot, which sets the same property.
     */
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** True when the arguments name a command (or ask for help), so the web application must not start. */
    public static boolean handles(String[] args) {
        return args.length > 0 && !args[0].startsWith("-")
                || args.length > 0 && List.of("--help", "-h").contains(args[0]);
    }

    public int run(String[] args) {
        if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
            printHelp();
            return 0;
        }
        CliCommand command = commands.get(args[0]);
        if (command == null) {
            console.err().println("unknown command '" + args[0] + "'; commands: " + String.join(", ", commands.keySet()));
            return 2;
        }
        try {
            return command.run(Arrays.asList(args).subList(1, args.length), console);
        } catch (UsageException e) {
            console.err().println(e.getMessage());
            return 2;
        } catch (Exception | Error e) {
            console.err().println("internal error in '" + command.name() + "': " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
            return 1;
        }
    }

    private void printHelp() {
        console.out().println("Hybrid topology planner");
        console.out().println("usage: java -jar planner.jar COMMAND [ARGUMENTS]   (no command starts the web planner)");
        commands.values().forEach(command -> console.out().println("  " + command.usage()));
    }
}
