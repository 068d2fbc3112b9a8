package org.hybridplanner.app.plan.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.VersionKind;
import org.hybridplanner.engine.ExamplePlans;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.Plan;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Browserless view tests on the whole application context, over a fresh embedded database. */
@SpringBootTest
public abstract class ViewTestSupport extends SpringBrowserlessTest {
    protected static final String README_EXAMPLE = "02-expressroute-microsoft-peering";

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected PlanService plans;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws IOException {
        String dataDir = Files.createTempDirectory("planner-view-tests").toString();
        registry.add("planner.data-dir", () -> dataDir);
    }

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    /** Signs in as {@code username} (created on first use) for the rest of the test. */
    protected long signIn(String username) {
        long id = AccountFixtures.account(context, username, Role.USER);
        AccountFixtures.signIn(id, username, Role.USER);
        return id;
    }

    protected static Plan example(String id) {
        return RecommendationEngine.standard().reader().read(ExamplePlans.byId(id).json()).planOrThrow();
    }

    protected UUID stored(Plan plan) {
        return plans.create(plan, VersionKind.CREATED);
    }

    protected PlanEditorView openEditor(UUID id) {
        return navigate("plans/" + id, PlanEditorView.class);
    }
}
