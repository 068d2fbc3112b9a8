package org.hybridplanner.app;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.hybridplanner.app.cli.PlannerCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The planner's entry point. A known command ({@code recommend}, {@code validate}, ...) runs the command line
 * before Spring starts, so that it answers quickly; anything else starts the web application.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/planner.css")
public class PlannerApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (PlannerCommandLine.handles(args)) {
            System.exit(PlannerCommandLine.execute(args));
        }
        SpringApplication.run(PlannerApplication.class, args);
    }
}
