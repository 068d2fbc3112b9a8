package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.hybridplanner.app.base.ui.IrreversibleActionDialog;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.app.plan.FactoryImportService;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.PlanSummary;
import org.hybridplanner.app.plan.VersionKind;
import org.hybridplanner.factoryimport.ImportLimits;
import org.hybridplanner.factoryimport.ImportRefusedException;
import org.hybridplanner.model.PlanLimits;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.Problem;

/**
 * The signed-in user's plans and those shared with them through edit links: search, create, import, duplicate,
 * rename, delete (own plans only), and open one to edit.
 */
@Route("")
@PageTitle("Plans · Hybrid topology planner")
@Menu(order = 1, title = "Plans")
@PermitAll
public final class PlanListView extends VerticalLayout {
    static final String FACTORY_TOO_LARGE = "The file is larger than " + ImportLimits.MAX_FILE_BYTES / (1024 * 1024)
            + " MiB, the limit for a Data Factory export.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final transient PlanService plans;
    private final transient DesignService design;
    private final TextField search = searchField();
    private final Grid<PlanSummary> grid = new Grid<>();
    private final Upload upload = importUpload();
    private final transient FactoryImportService factoryImports;
    private final Upload factoryUpload = factoryUpload();

    PlanListView(PlanService plans, DesignService design, FactoryImportService factoryImports) {
        this.plans = plans;
        this.design = design;
        this.factoryImports = factoryImports;
        configureGrid();
        search.addValueChangeListener(event -> refresh());
        Button create = new Button("New plan", VaadinIcon.PLUS.create(), click -> createPlan());
        create.setId("new-plan");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, create, upload, factoryUpload);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();
        toolbar.expand(search);
        setSizeFull();
        add(new H2("Plans"), toolbar, grid);
        refresh();
    }

    private static TextField searchField() {
        TextField field = Fields.text("plan-search", null);
        field.setPlaceholder("Search plans by name");
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setMaxWidth("28em");
        return field;
    }

    private Upload importUpload() {
        Upload upload = new Upload(importHandler());
        upload.setId("import-plan");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PlanLimits.MAX_DOCUMENT_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setDropAllowed(false);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Import plan file…"));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(PlanFileUpload.TOO_LARGE)
                .setIncorrectFileType("Choose a plan file (.json)."));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(event -> notify(event.getErrorMessage(), NotificationVariant.LUMO_ERROR));
        return upload;
    }

    private Upload factoryUpload() {
        Upload factory = new Upload(factoryHandler());
        factory.setId("import-data-factory");
        factory.setMaxFiles(1);
        factory.setMaxFileSize(ImportLimits.MAX_FILE_BYTES);
        factory.setAcceptedFileTypes("application/zip", ".zip", "application/json", ".json");
        factory.setDropAllowed(false);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Import from Data Factory…"));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(FACTORY_TOO_LARGE)
                .setIncorrectFileType("Choose a zip of the factory's export or its ARMTemplateForFactory.json."));
        factory.setI18n(i18n);
        factory.getElement().setAttribute("title", "A zip of the factory's git folder or publish ARM template,"
                + " or ARMTemplateForFactory.json itself");
        factory.addFileRejectedListener(event -> notify(event.getErrorMessage(), NotificationVariant.LUMO_ERROR));
        return factory;
    }

    /** Where an uploaded Data Factory export goes on the server; the same size limit as the API's bodies. */
    UploadHandler factoryHandler() {
        return new PlanFileUpload(this::importFactory, message -> {
            factoryUpload.clearFileList();
            notify(message, NotificationVariant.LUMO_ERROR);
        }, FACTORY_TOO_LARGE);
    }

    /**
     * Imports an uploaded Data Factory export as a new plan and opens it with the import's checklist beside it; an
     * export that cannot be imported shows why, naming the file.
     */
    void importFactory(String fileName, byte[] bytes) {
        factoryUpload.clearFileList();
        try {
            FactoryImportService.ImportedPlan imported = factoryImports.importFactory(fileName, bytes);
            ImportChecklists.remember(imported.id(), imported.report());
            notify("Imported data factory " + imported.report().factory() + ": "
                    + imported.report().checklist().size() + " items to confirm", NotificationVariant.LUMO_SUCCESS);
            refresh();
            open(imported.id());
        } catch (ImportRefusedException e) {
            new ImportRefusedDialog(fileName, e.problems()).open();
        } catch (FactoryImportService.ImportBusyException e) {
            notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    /** Where an imported file goes on the server; it enforces the size limit the browser is asked to check. */
    UploadHandler importHandler() {
        return new PlanFileUpload(this::importPlan, message -> {
            upload.clearFileList();
            notify(message, NotificationVariant.LUMO_ERROR);
        });
    }

    private void configureGrid() {
        grid.setId("plans-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // The name takes the room the other columns leave: they are as wide as their content, no wider.
        grid.addColumn(PlanSummary::name).setHeader("Name").setFlexGrow(1).setSortable(true);
        grid.addColumn(p -> p.yours() ? p.owner() : p.owner() + " (shared with you)").setHeader("Owner")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> WHEN.format(p.updatedAt())).setHeader("Last change").setAutoWidth(true).setFlexGrow(0)
                .setComparator(PlanSummary::updatedAt);
        grid.addColumn(PlanSummary::stores).setHeader("Stores").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlanSummary::flows).setHeader("Flows").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlanSummary::warnings).setHeader("Warnings").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(event -> open(event.getItem().id()));
        grid.setSizeFull();
    }

    private HorizontalLayout actions(PlanSummary plan) {
        Button open = new Button("Open", click -> open(plan.id()));
        open.addClassName("open-plan");
        Button duplicate = new Button("Duplicate", click -> {
            plans.duplicate(plan.id());
            refresh();
        });
        duplicate.addClassName("duplicate-plan");
        Button rename = new Button("Rename", click -> askNewName(plan));
        rename.addClassName("rename-plan");
        Button delete = new Button("Delete", click -> confirmDelete(plan));
        delete.addClassName("delete-plan");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        if (!plan.yours()) {
            // Shared through an edit link: its holder may change the plan, not remove it.
            delete.setEnabled(false);
            delete.setTooltipText("Only the plan's owner can delete it");
        }
        for (Button button : List.of(open, duplicate, rename, delete)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(open, duplicate, rename, delete);
    }

    private void refresh() {
        grid.setItems(plans.list(search.getValue()));
    }

    private void open(UUID id) {
        UI.getCurrent().navigate("plans/" + id);
    }

    private void createPlan() {
        open(plans.createEmpty("New plan"));
    }

    private void askNewName(PlanSummary plan) {
        Dialog dialog = new Dialog();
        dialog.setId("rename-dialog");
        dialog.setHeaderTitle("Rename plan");
        TextField name = Fields.text("rename-name", "New name");
        name.setValue(plan.name());
        name.setWidth("28em");
        Button save = new Button("Rename", click -> {
            List<Problem> problems = plans.nameProblems(plans.open(plan.id()).plan(), name.getValue());
            if (!problems.isEmpty()) {
                name.setErrorMessage(problems.get(0).message());
                name.setInvalid(true);
                return;
            }
            plans.rename(plan.id(), name.getValue());
            dialog.close();
            refresh();
        });
        save.setId("rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void confirmDelete(PlanSummary plan) {
        IrreversibleActionDialog.ask("delete-confirm", "Delete \"" + plan.name() + "\"?",
                "The plan and all its versions are deleted.", "Delete", () -> {
                    plans.delete(plan.id());
                    refresh();
                });
    }

    /** Reads an uploaded plan file; a valid one becomes a new plan, an invalid one shows every problem. */
    void importPlan(String fileName, byte[] bytes) {
        upload.clearFileList();
        if (bytes.length > PlanLimits.MAX_DOCUMENT_BYTES) {
            notify(PlanFileUpload.TOO_LARGE, NotificationVariant.LUMO_ERROR);
            return;
        }
        PlanReadResult result = design.read(bytes);
        if (!result.isValid()) {
            new ImportProblemsDialog(fileName, result).open();
            return;
        }
        UUID id = plans.create(result.plan(), VersionKind.IMPORTED);
        notify("Imported \"" + result.plan().name() + "\"", NotificationVariant.LUMO_SUCCESS);
        refresh();
        open(id);
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

}
