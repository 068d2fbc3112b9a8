package org.hybridplanner.app.cli;

import java.util.List;

/** One sub-command of the planner's command line. */
interface CliCommand {
    /** The word that selects it, for example {@code recommend}. */
    String name();

    /** One usage line, shown by {@code help} and on a usage error. */
    String usage();

    /**
     * Runs the command.
     *
     * @return the exit code: 0 done, 2 the input or the usage was wrong (problems on stderr), 1 internal fault
     */
    int run(List<String> arguments, CliConsole console) throws Exception;
}
