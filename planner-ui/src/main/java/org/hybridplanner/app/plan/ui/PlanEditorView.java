package org.hybridplanner.app.plan.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hybridplanner.app.plan.Design;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.app.plan.MergedSave;
import org.hybridplanner.app.plan.OpenedPlan;
import org.hybridplanner.app.plan.PlanConflictException;
import org.hybridplanner.app.plan.PlanNotFoundException;
import org.hybridplanner.app.plan.PlanPresence;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.VersionKind;
import org.hybridplanner.app.share.ShareLinkService;
import org.hybridplanner.app.share.ui.ShareDialog;
import org.hybridplanner.export.ExportContext;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Problem;
import org.hybridplanner.model.StoreTypeSpec;
import org.hybridplanner.model.change.MergeConflict;
import org.hybridplanner.model.change.PlanChanges;
import org.hybridplanner.model.change.PlanMerge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Edits one plan, with the recommended design beside it recomputed on every valid change. Changes autosave after
 * a short quiet period; a save that finds the plan changed elsewhere is merged with that change (three-way, against
 * the version this editor started from) and says what came in; only fields both changed open the conflict dialog.
 * The header shows who else has the plan open, refreshed as the editor polls.
 */
@Route("plans/:planId")
@PermitAll
public final class PlanEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        PlanEditing {
    /** How long edits must pause before they are saved: short enough that a closed tab loses only seconds. */
    static final Duration AUTOSAVE_DELAY = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(PlanEditorView.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final transient PlanService plans;
    private final transient DesignService design;
    private final transient Clock clock;
    private final transient ShareLinkService shareLinks;
    private final transient OpenEditors openEditors;
    private final transient PlanPresence presence;
    /** This editor among the plan's open editors (one per tab), for presence. */
    private final String editorKey = UUID.randomUUID().toString();
    private final Span othersEditing = othersEditing();
    private Instant lastBeat = Instant.EPOCH;
    /** Who opened the editor, for the save as the server stops (a thread without a request). */
    private transient Authentication signedInAs;
    private final TextField planName = planNameField();
    private final Span saveStatus = saveStatus();
    // Built in the constructor: they ask this view for the catalog, which needs the services set first.
    // The forms tabs are made when first opened (LazyTab): most editors are only used on the canvas.
    private final List<LazyTab<?>> formTabs;
    private final CanvasEditor canvas;
    private final RecommendationPanel recommendation = new RecommendationPanel();
    private final ImportChecklist importChecklist = new ImportChecklist();
    private UUID planId;
    private Plan plan;
    /** The stored plan the unsaved edits started from: the base of a merge with someone else's save. */
    private Plan base;
    private long version;
    private boolean dirty;
    private boolean inConflict;
    private boolean leaving;
    private final Button share = new Button("Share", click -> showSharing());
    private final Span sharedBy = sharedBy();
    private Instant lastChange = Instant.EPOCH;
    private Registration pollRegistration;
    private final EditHistory history = new EditHistory();
    private final Button undo = new Button("Undo", click -> undo());
    private final Button redo = new Button("Redo", click -> redo());

    PlanEditorView(PlanService plans, DesignService design, Clock clock, ShareLinkService shareLinks,
            OpenEditors openEditors, PlanPresence presence) {
        this.plans = plans;
        this.presence = presence;
        this.openEditors = openEditors;
        this.design = design;
        this.clock = clock;
        this.shareLinks = shareLinks;
        this.formTabs = List.of(new LazyTab<>(() -> new SettingsSection(this), SettingsSection::refresh),
                new LazyTab<>(() -> new LocationsSection(this), ElementSection::refresh),
                new LazyTab<>(() -> new LinksSection(this), ElementSection::refresh),
                new LazyTab<>(() -> new DataStoresSection(this), ElementSection::refresh),
                new LazyTab<>(() -> new FlowsSection(this), ElementSection::refresh));
        this.canvas = new CanvasEditor(this);
        // What the pane selects (a flow, a rule, a warning) lights up on the canvas too, not only on its picture.
        recommendation.addSelectionListener(ids -> canvas.canvas().highlight(ids));
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        planName.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                showFieldProblems(planName, apply(PlanEdits.withName(plan, event.getValue())), "$.name");
            }
        });
        add(header(), body());
        addHistoryShortcuts();
    }

    /** Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on a Mac), wherever the focus is in the editor's window. */
    private void addHistoryShortcuts() {
        for (KeyModifier command : List.of(KeyModifier.CONTROL, KeyModifier.META)) {
            Shortcuts.addShortcutListener(this, this::undo, Key.KEY_Z, command);
            Shortcuts.addShortcutListener(this, this::redo, Key.KEY_Z, command, KeyModifier.SHIFT);
            Shortcuts.addShortcutListener(this, this::redo, Key.KEY_Y, command);
        }
    }

    private static TextField planNameField() {
        TextField field = Fields.text("plan-name", null);
        field.setAriaLabel("Plan name");
        field.setWidth("24em");
        return field;
    }

    private static Span sharedBy() {
        Span badge = new Span();
        badge.setId("shared-by");
        badge.getElement().getThemeList().add("badge contrast");
        badge.setVisible(false);
        return badge;
    }

    private static Span othersEditing() {
        Span badge = new Span();
        badge.setId("others-editing");
        badge.getElement().getThemeList().add("badge");
        badge.setVisible(false);
        return badge;
    }

    private static Span saveStatus() {
        Span status = new Span();
        status.setId("save-status");
        status.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return status;
    }

    private HorizontalLayout header() {
        Button saveVersion = new Button("Save version", click -> askVersionName());
        saveVersion.setId("save-version");
        Button versions = new Button("Versions", click -> showVersions());
        versions.setId("show-versions");
        share.setId("share-plan");
        Anchor export = JsonDownloads.link("Export JSON", () -> JsonDownloads.fileName(plan.name(), ""),
                () -> design.write(plan));
        export.setId("export-json");
        ExportMenu exportDesign = new ExportMenu(design, () -> new ExportMenu.Source(plan,
                design.design(plan).recommendation(),
                new ExportContext(signedInName(), clock, "version " + version)));
        undo.setId("undo");
        undo.setTooltipText("Undo the last edit (Ctrl+Z)");
        redo.setId("redo");
        redo.setTooltipText("Redo what was undone (Ctrl+Shift+Z)");
        for (Button button : List.of(undo, redo, saveVersion, versions, share)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        // At 1,280 px, even with the drawer open, no button or link wraps onto a second line or hides ("Export JSON"
        // took two lines): they keep their width and one line; the plan name field, the save status and the badges
        // ("Also editing: ...") give way, cut with an ellipsis (the badges' whole text on hover).
        for (var fixed : List.of(undo, redo, saveVersion, versions, share, export)) {
            fixed.addClassNames(LumoUtility.Flex.SHRINK_NONE, LumoUtility.Whitespace.NOWRAP);
        }
        planName.setMinWidth("8em");
        for (Span givesWay : List.of(saveStatus, sharedBy, othersEditing)) {
            givesWay.addClassNames(LumoUtility.Whitespace.NOWRAP, LumoUtility.Overflow.HIDDEN,
                    LumoUtility.TextOverflow.ELLIPSIS);
            givesWay.setMinWidth("0");
            // The layout's children keep their width otherwise; a badge centres its text in a flex box, which cut it
            // at both ends: a block from its start, so that the ellipsis comes at the end.
            givesWay.getStyle().set("flex-shrink", "1").set("display", "inline-block");
        }
        HorizontalLayout header = new HorizontalLayout(planName, sharedBy, othersEditing, saveStatus, undo, redo,
                saveVersion, versions, share, export, exportDesign);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(saveStatus);
        header.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM, LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);
        return header;
    }

    /** Who the PDF names as author: the person downloading it. */
    private static String signedInName() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    /** What the design pane needs, padding included, for every column of its lists without sideways scrolling. */
    static final int PANE_WIDTH = 570;
    private static final double CANVAS_SHARE_MIN = 45;
    private static final double CANVAS_SHARE_MAX = 68;

    /**
     * The canvas's share of the editor, in percent, for {@code contentWidth} CSS pixels beside the drawer: all but
     * the pane's {@link #PANE_WIDTH}, between 45 and 68 %.
     */
    static double canvasShare(int contentWidth) {
        double share = 100.0 * (contentWidth - PANE_WIDTH) / Math.max(1, contentWidth);
        return Math.max(CANVAS_SHARE_MIN, Math.min(CANVAS_SHARE_MAX, share));
    }

    private SplitLayout body() {
        TabSheet editors = new TabSheet();
        // The canvas first; the forms stay one tab away, for the keyboard and screen readers (docs/planner-ui.md).
        editors.add("Canvas", canvas).setId("tab-canvas");
        // "Stores" rather than "Data stores": at 1,280 px six tabs fit beside the design only with the short word.
        List<String> titles = List.of("Settings", "Locations", "Links", "Stores", "Flows");
        List<String> ids = List.of("tab-settings", "tab-locations", "tab-links", "tab-stores", "tab-flows");
        for (int i = 0; i < formTabs.size(); i++) {
            var tab = editors.add(titles.get(i), formTabs.get(i));
            tab.setId(ids.get(i));
            tab.getElement().setAttribute("aria-label", i == 3 ? "Data stores" : titles.get(i));
        }
        editors.addSelectedChangeListener(event -> {
            Component selected = editors.getComponent(event.getSelectedTab());
            for (LazyTab<?> tab : formTabs) {
                if (tab != selected) {
                    tab.hide();
                } else if (plan != null) {
                    tab.open(plan);
                }
            }
        });
        editors.setWidthFull();
        // Small tabs: at 1,280 px all six fit beside the design without scroll arrows.
        editors.addThemeVariants(TabSheetVariant.LUMO_TABS_SMALL);
        Scroller left = new Scroller(editors);
        // Only the forms scroll; the canvas pans and zooms inside its own frame.
        left.setScrollDirection(Scroller.ScrollDirection.VERTICAL);
        left.addClassNames(LumoUtility.Padding.SMALL);
        // An imported plan opens with the import's checklist above its design (docs/importing.md).
        VerticalLayout design = new VerticalLayout(importChecklist, recommendation);
        design.setPadding(false);
        Scroller right = new Scroller(design);
        right.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Background.CONTRAST_5);
        SplitLayout split = new SplitLayout(left, right);
        split.setSizeFull();
        split.setSplitterPosition(CANVAS_SHARE_MIN);
        // The pane keeps the width every column of its lists needs and the canvas takes the rest, and up to 1,440 px
        // the navigation drawer closes (its toggle brings it back): the editor is a workspace, and the drawer's 256 px
        // are what the canvas needs to show its drawing beside the palette and side panel. Read when the editor opens
        // and again whenever the window is resized (docs/planner-ui.md, "The pane at 1,280 px").
        WindowFit.follow(split);
        return split;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("planId").orElse(""));
            load(plans.open(id));
        } catch (IllegalArgumentException | PlanNotFoundException e) {
            // The same answer for a malformed id, a deleted plan and someone else's plan: nothing to see here.
            event.rerouteToError(NotFoundException.class, "There is no plan at this address.");
        }
    }

    @Override
    public String getPageTitle() {
        return (plan == null ? "Plan" : plan.name()) + " · Hybrid topology planner";
    }

    private void load(OpenedPlan opened) {
        planId = opened.id();
        version = opened.version();
        plan = opened.plan();
        base = plan;
        dirty = false;
        inConflict = false;
        planName.setValue(plan.name());
        importChecklist.show(ImportChecklists.of(planId).orElse(null));
        // Only the owner shares; someone editing through an edit link cannot pass the plan on, and is told whose
        // plan they are changing.
        boolean owned = plans.ownsPlan(planId);
        share.setVisible(owned);
        sharedBy.setText(owned ? "" : "Shared with you by " + plans.ownerOf(planId));
        sharedBy.setTitle(sharedBy.getText());
        sharedBy.setVisible(!owned);
        showFieldProblems(planName, List.of(), "$.name");
        history.clear();
        show(design.design(plan));
        saveStatus.setText("Saved " + TIME.format(opened.updatedAt()) + " UTC by " + opened.updatedBy());
        // The route's parameters arrive before the editor is attached: beat as soon as the plan is known.
        lastBeat = Instant.EPOCH;
        showWhoElseEdits();
    }

    // ---- PlanEditing ----------------------------------------------------------------------------------------------

    @Override
    public Plan plan() {
        return plan;
    }

    @Override
    public Catalog catalog() {
        return design.catalog();
    }

    @Override
    public Optional<String> dataFactoryServiceHost(String factoryName, String region, EndpointStyle style) {
        return design.dataFactoryServiceHost(factoryName, region, style);
    }

    @Override
    public List<Problem> apply(Plan edited) {
        // Whatever an edit removed takes its position along (docs/plan-format.md, "Positions").
        Plan candidate = edited.withLayout(edited.layout().keptFor(edited));
        if (candidate.equals(plan)) {
            return List.of();
        }
        Design candidateDesign = design.design(candidate);
        if (!candidateDesign.isValid()) {
            return candidateDesign.problems();
        }
        history.recorded(plan, candidate, clock.instant());
        replacePlan(candidate, candidateDesign);
        return List.of();
    }

    /** Goes back to the plan before the last edit; itself an edit (validated, autosaved, versioned as usual). */
    @Override
    public void undo() {
        history.undoTarget().ifPresent(target -> {
            Plan current = plan;
            if (applyFromHistory(target)) {
                history.undone(current);
                showHistoryState();
            }
        });
    }

    /** Applies again what the last undo took back. */
    void redo() {
        history.redoTarget().ifPresent(target -> {
            Plan current = plan;
            if (applyFromHistory(target)) {
                history.redone(current);
                showHistoryState();
            }
        });
    }

    private boolean applyFromHistory(Plan target) {
        Design targetDesign = design.design(target);
        if (!targetDesign.isValid()) {
            // Every step was valid when it was made; only a change of the rules in between could get here.
            Notification.show("Cannot go back to that state: " + targetDesign.problems().get(0).message());
            return false;
        }
        replacePlan(target, targetDesign);
        return true;
    }

    /**
     * Shows and marks unsaved a plan already checked. An edit that removes elements first saves what came before
     * it, so that the version history keeps the earlier edits without the removal (the removal's own save then
     * starts a new version).
     */
    private void replacePlan(Plan next, Design nextDesign) {
        if (dirty && PlanChanges.between(plan, next).removesElements()) {
            saveNow();
        }
        plan = next;
        show(nextDesign);
        markDirty();
        showHistoryState();
    }

    private void showHistoryState() {
        undo.setEnabled(history.canUndo());
        redo.setEnabled(history.canRedo());
    }

    private void show(Design shown) {
        if (!plan.name().equals(planName.getValue())) {
            planName.setValue(plan.name());
            showFieldProblems(planName, List.of(), "$.name");
        }
        formTabs.forEach(tab -> tab.refresh(plan));
        canvas.show(plan, shown.recommendation());
        recommendation.show(shown);
        showHistoryState();
    }

    private static void showFieldProblems(TextField field, List<Problem> problems, String path) {
        List<String> messages = problems.stream().filter(p -> p.path().equals(path)).map(Problem::message).toList();
        field.setInvalid(!problems.isEmpty());
        field.setErrorMessage(messages.isEmpty() ? problems.stream().findFirst().map(Problem::toString).orElse(null)
                : String.join("; ", messages));
    }

    // ---- saving -------------------------------------------------------------------------------------------------

    private void markDirty() {
        dirty = true;
        lastChange = clock.instant();
        saveStatus.setText("Unsaved changes…");
        getUI().ifPresent(ui -> ui.setPollInterval(1000));
    }

    /** Saves when there are unsaved changes and the user has paused for {@link #AUTOSAVE_DELAY}. */
    void autosaveIfQuiet() {
        if (dirty && !inConflict && !clock.instant().isBefore(lastChange.plus(AUTOSAVE_DELAY))) {
            saveNow();
        }
    }

    /**
     * Saves unsaved changes now (an autosave); merges them with someone else's save when the plan changed
     * elsewhere.
     */
    void saveNow() {
        if (!dirty || inConflict) {
            return;
        }
        try {
            OpenedPlan saved = plans.save(planId, version, plan);
            version = saved.version();
            base = plan;
            dirty = false;
            saveStatus.setText("Saved " + TIME.format(saved.updatedAt()) + " UTC");
            getUI().ifPresent(ui -> ui.setPollInterval(pollInterval()));
        } catch (PlanConflictException e) {
            mergeWithNewer(Set.of(), Set.of());
        } catch (PlanNotFoundException e) {
            showAccessLost();
        }
    }

    /**
     * Merges the unsaved edits with the version saved meanwhile and stores the result; asks about the fields both
     * changed ({@code decided} are those already answered, {@code takeTheirs} the ones answered "theirs").
     */
    private void mergeWithNewer(Set<MergeConflict.Key> decided, Set<MergeConflict.Key> takeTheirs) {
        try {
            MergedSave merged = plans.saveMerging(planId, base, plan, decided, takeTheirs);
            if (merged.isSaved()) {
                adoptMerge(merged, takeTheirs);
                return;
            }
            inConflict = true;
            saveStatus.setText("Not saved: changed elsewhere");
            getUI().ifPresent(ui -> ui.setPollInterval(pollInterval()));
            new ConflictDialog(merged.theirs(), merged.undecided(), choices -> {
                inConflict = false;
                Set<MergeConflict.Key> all = new HashSet<>(decided);
                merged.undecided().forEach(conflict -> all.add(conflict.key()));
                Set<MergeConflict.Key> theirs = new HashSet<>(takeTheirs);
                theirs.addAll(choices);
                mergeWithNewer(all, theirs);
            }, () -> load(plans.open(planId)), this::saveAsCopy).open();
        } catch (PlanNotFoundException e) {
            showAccessLost();
        } catch (IllegalArgumentException | PlanConflictException e) {
            // The merged plan is not valid (say, two new stores with one name), or a plain save raced the merge.
            log.info("Could not merge edits of plan {}: {}", planId, e.getMessage());
            showConflict();
        }
    }

    /** Shows and keeps the stored merge; the undo steps are carried over it, and the person is told what came in. */
    private void adoptMerge(MergedSave merged, Set<MergeConflict.Key> takeTheirs) {
        Plan startedFrom = base;
        Plan theirs = merged.theirs().plan();
        history.rebased(step -> PlanMerge.of(startedFrom, step, theirs, this::storeTypeName, takeTheirs).merged());
        plan = merged.saved().plan();
        base = plan;
        version = merged.saved().version();
        dirty = false;
        inConflict = false;
        show(design.design(plan));
        saveStatus.setText("Saved " + TIME.format(merged.saved().updatedAt()) + " UTC, merged with "
                + merged.theirs().updatedBy() + "'s changes");
        getUI().ifPresent(ui -> ui.setPollInterval(pollInterval()));
        if (!merged.merge().incoming().isEmpty()) {
            IncomingChanges.show(merged.theirs().updatedBy(), merged.merge().incoming());
        }
    }

    private String storeTypeName(String code) {
        return design.catalog().storeType(code).map(StoreTypeSpec::displayName).orElse(code);
    }

    /** Polls quickly while edits wait for their autosave, otherwise at the presence beat. */
    private int pollInterval() {
        return dirty ? 1000 : (int) PlanPresence.BEAT.toMillis();
    }

    /** Beats for presence, at most once per {@link PlanPresence#BEAT}, and shows who else has the plan open. */
    void showWhoElseEdits() {
        Instant now = clock.instant();
        if (planId == null || now.isBefore(lastBeat.plus(PlanPresence.BEAT).minusMillis(500))) {
            return;
        }
        lastBeat = now;
        try {
            String me = SecurityContextHolder.getContext().getAuthentication() == null ? null
                    : SecurityContextHolder.getContext().getAuthentication().getName();
            List<String> others = presence.beat(planId, editorKey).stream()
                    .map(name -> name.equals(me) ? "you in another window" : name).toList();
            othersEditing.setText(others.isEmpty() ? "" : "Also editing: " + String.join(", ", others));
            othersEditing.setTitle(othersEditing.getText());
            othersEditing.setVisible(!others.isEmpty());
        } catch (PlanNotFoundException e) {
            othersEditing.setVisible(false);
        }
    }

    private void showConflict() {
        inConflict = true;
        saveStatus.setText("Not saved: changed elsewhere");
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        try {
            new ConflictDialog(plans.open(planId), List.of(), choices -> { }, () -> load(plans.open(planId)),
                    this::saveAsCopy).open();
        } catch (PlanNotFoundException e) {
            showAccessLost();
        }
    }

    /** The plan went out of reach (edit link revoked or expired, plan deleted): stop saving, offer a copy. */
    private void showAccessLost() {
        inConflict = true;
        saveStatus.setText("Not saved: access ended");
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (!leaving) {
            new AccessLostDialog(this::saveAsCopy, () -> getUI().ifPresent(ui -> ui.navigate(""))).open();
        }
    }

    private void saveAsCopy() {
        UUID copy = plans.create(plan.withName(plan.name() + " (my copy)"), VersionKind.CREATED);
        dirty = false;
        getUI().ifPresent(ui -> ui.navigate("plans/" + copy));
    }

    private void askVersionName() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Save a named version");
        TextField label = Fields.text("version-label", "Version name");
        label.setValue("Reviewed " + TIME.format(clock.instant()));
        Button save = new Button("Save version", click -> {
            try {
                OpenedPlan saved = plans.saveNamedVersion(planId, version, plan, label.getValue());
                version = saved.version();
                dirty = false;
                saveStatus.setText("Saved version \"" + label.getValue().strip() + "\"");
                dialog.close();
            } catch (PlanConflictException e) {
                dialog.close();
                mergeWithNewer(Set.of(), Set.of());
                if (!inConflict) {
                    Notification.show("Merged with the version saved meanwhile; save the named version again.");
                }
            } catch (PlanNotFoundException e) {
                dialog.close();
                showAccessLost();
            } catch (IllegalArgumentException e) {
                label.setErrorMessage(e.getMessage());
                label.setInvalid(true);
            }
        });
        save.setId("version-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(label);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void showVersions() {
        saveNow();
        if (inConflict) {
            return;
        }
        new VersionsDialog(plans, design, planId, plan.name(), versionId -> {
            try {
                load(plans.restore(planId, versionId, version));
                Notification.show("Restored; the restored plan is now the latest version.");
            } catch (PlanConflictException e) {
                showConflict();
            } catch (PlanNotFoundException e) {
                showAccessLost();
            }
        }).open();
    }

    private void showSharing() {
        // A link to the latest version should show what the owner sees now, not the last autosave.
        saveNow();
        new ShareDialog(shareLinks, plans, clock, planId, plan.name()).open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        leaving = false;
        // Kept for saveBeforeStop, which runs on a thread of the server's shutdown, not of a request.
        signedInAs = SecurityContextHolder.getContext().getAuthentication();
        openEditors.opened(this);
        pollRegistration = event.getUI().addPollListener(poll -> {
            autosaveIfQuiet();
            showWhoElseEdits();
        });
        event.getUI().setPollInterval(pollInterval());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        leaving = true;
        openEditors.closed(this);
        pollRegistration.remove();
        try {
            if (planId != null) {
                presence.left(planId, editorKey);
            }
        } catch (RuntimeException e) {
            log.debug("Presence of plan {} not cleared: {}", planId, e.toString());
        }
        event.getUI().setPollInterval(-1);
        try {
            saveNow();
        } catch (RuntimeException e) {
            // Leaving the page must not fail; the last autosave (seconds old at most) is kept.
            log.warn("Could not save plan {} when leaving the editor: {}", planId, e.toString());
        }
    }

    /**
     * Saves unsaved edits as the server stops ({@link OpenEditors}): under the session's lock, as the account that
     * opened the editor, waiting at most {@code wait}.
     */
    void saveBeforeStop(Duration wait) {
        UI ui = getUI().orElse(null);
        if (ui == null || signedInAs == null) {
            return;
        }
        try {
            ui.access(() -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(signedInAs);
                SecurityContextHolder.setContext(context);
                try {
                    saveNow();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Could not save plan {} as the server stopped: {}", planId, e.toString());
        }
    }

    /** Beats now, as the next poll would. */
    void showWhoElseEditsForTests() {
        lastBeat = Instant.EPOCH;
        showWhoElseEdits();
    }

    UUID planIdForTests() {
        return planId;
    }

    boolean hasUnsavedChanges() {
        return dirty;
    }
}
