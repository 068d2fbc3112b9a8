package org.hybridplanner.app.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hybridplanner.app.api.ApiTokenService;
import org.hybridplanner.app.api.CreatedApiToken;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code token --user NAME [--label TEXT]}: issues a personal API token for automation bootstrap, against the
 * configured database while the server is stopped. Starts the application without its web server (so the same
 * configuration, profiles and migrations apply) and prints only the token on stdout, so that scripts can capture it.
 */
final class TokenCommand implements CliCommand {
    private final Function<String[], ConfigurableApplicationContext> application;

    TokenCommand(Function<String[], ConfigurableApplicationContext> application) {
        this.application = application;
    }

    @Override
    public String name() {
        return "token";
    }

    @Override
    public String usage() {
        return "token --user NAME [--label TEXT] [--spring.profiles.active=postgres]   "
                + "print a new API token for an account (server stopped)";
    }

    @Override
    public int run(List<String> arguments, CliConsole console) throws UsageException {
        String user = null;
        String label = "Issued from the command line";
        List<String> springArguments = new java.util.ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--user") && i + 1 < arguments.size()) {
                user = arguments.get(++i);
            } else if (argument.equals("--label") && i + 1 < arguments.size()) {
                label = arguments.get(++i);
            } else if (argument.startsWith("--") && argument.contains("=")) {
                springArguments.add(argument);
            } else {
                throw new UsageException("unexpected argument '" + argument + "'; usage: " + usage());
            }
        }
        if (user == null || user.isBlank()) {
            throw new UsageException("missing --user NAME; usage: " + usage());
        }
        ConfigurableApplicationContext started;
        try {
            started = application.apply(springArguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            if (databaseInUse(e)) {
                console.err().println("the planner's database is in use: stop the running planner first (this command "
                        + "opens the configured database itself)");
                return 1;
            }
            throw e;
        }
        try (ConfigurableApplicationContext context = started) {
            Optional<CreatedApiToken> token = context.getBean(ApiTokenService.class).issueFor(user, label);
            if (token.isEmpty()) {
                console.err().println("no account named '" + user + "' in the configured database");
                return 2;
            }
            console.out().println(token.get().token());
            console.err().println("API token for '" + user + "' created; it is shown only now. Send it as "
                    + "'Authorization: Bearer <token>'; revoke it in the planner under API tokens.");
            return 0;
        }
    }

    /** The embedded H2 file is locked by a running planner (H2 error 90020, "Database may be already in use"). */
    private static boolean databaseInUse(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getErrorCode() == 90020
                    || String.valueOf(cause.getMessage()).contains("Database may be already in use")) {
                return true;
            }
        }
        return false;
    }
}
