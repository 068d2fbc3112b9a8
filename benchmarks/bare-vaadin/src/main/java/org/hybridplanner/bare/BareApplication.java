package org.hybridplanner.bare;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare Vaadin + Spring Boot application: the yardstick bin/measure-startup.sh compares the planner with. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
public class BareApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }
}
