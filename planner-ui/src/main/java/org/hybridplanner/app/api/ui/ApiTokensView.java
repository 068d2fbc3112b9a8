package org.hybridplanner.app.api.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.hybridplanner.app.api.ApiTokenService;
import org.hybridplanner.app.api.ApiTokenSummary;
import org.hybridplanner.app.api.CreatedApiToken;
import org.hybridplanner.app.base.ui.IrreversibleActionDialog;

/**
 * The signed-in user's personal API tokens. A new token's secret is shown once: only its hash is stored, so it
 * cannot be shown again.
 */
@Route("api-tokens")
@PageTitle("API tokens · Hybrid topology planner")
@Menu(order = 3, title = "API tokens")
@PermitAll
public final class ApiTokensView extends VerticalLayout {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final transient ApiTokenService tokens;
    private final TextField label = labelField();
    private final TextField createdToken = createdTokenField();
    private final Grid<ApiTokenSummary> grid = tokenGrid();

    ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        grid.addComponentColumn(token -> {
            Button revoke = new Button("Revoke", click -> confirmRevoke(token));
            revoke.addClassName("api-token-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        add(new H2("API tokens"), usage(), newTokenForm(), createdToken, grid);
        refresh();
    }

    private static Paragraph usage() {
        Anchor openApi = new Anchor("api/openapi.yaml", "api/openapi.yaml");
        openApi.setId("api-openapi-link");
        // Not a Vaadin route: without this the client-side router would try to navigate to it.
        openApi.setRouterIgnore(true);
        return new Paragraph(new Code("Authorization: Bearer <token>"),
                new Text(" lets scripts use the planner's REST API under "),
                new Code("/api/"), new Text(" as you. The API is described in "), openApi,
                new Text(". Revoke a token you no longer need or that may have leaked."));
    }

    private static TextField labelField() {
        TextField field = new TextField("Label");
        field.setId("api-token-label");
        field.setPlaceholder("e.g. CI pipeline");
        field.setMaxLength(200);
        field.setWidth("20em");
        return field;
    }

    private static TextField createdTokenField() {
        TextField field = new TextField("New token");
        field.setId("api-token-created");
        field.setReadOnly(true);
        field.setWidth("min(40em, 100%)");
        field.setHelperText("Copy it now: it will not be shown again.");
        field.setVisible(false);
        return field;
    }

    private static Grid<ApiTokenSummary> tokenGrid() {
        Grid<ApiTokenSummary> grid = new Grid<>();
        grid.setId("api-tokens");
        grid.addColumn(ApiTokenSummary::label).setHeader("Label").setFlexGrow(2);
        grid.addColumn(token -> WHEN.format(token.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(token -> token.lastUsedAt() == null ? "never" : WHEN.format(token.lastUsedAt()))
                .setHeader("Last use").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No tokens yet.");
        return grid;
    }

    private HorizontalLayout newTokenForm() {
        Button create = new Button("Create token", click -> create());
        create.setId("api-token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(label, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void create() {
        try {
            CreatedApiToken created = tokens.create(label.getValue());
            createdToken.setValue(created.token());
            createdToken.setVisible(true);
            label.clear();
            label.setInvalid(false);
            refresh();
        } catch (IllegalArgumentException e) {
            label.setErrorMessage(e.getMessage());
            label.setInvalid(true);
        }
    }

    private void confirmRevoke(ApiTokenSummary token) {
        IrreversibleActionDialog.ask("api-token-revoke-confirm", "Revoke \"" + token.label() + "\"?",
                "Scripts using this token will be refused from now on.", "Revoke", () -> {
                    tokens.revoke(token.id());
                    refresh();
                });
    }

    private void refresh() {
        // Revoked tokens can do nothing any more, so they are not listed.
        grid.setItems(tokens.list().stream().filter(token -> token.revokedAt() == null).toList());
    }
}
