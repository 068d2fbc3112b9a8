package org.hybridplanner.app.share.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hybridplanner.app.base.ui.IrreversibleActionDialog;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.VersionSummary;
import org.hybridplanner.app.share.CreatedShareLink;
import org.hybridplanner.app.share.ExpiryRefusedException;
import org.hybridplanner.app.share.NewShareLink;
import org.hybridplanner.app.share.ShareAccess;
import org.hybridplanner.app.share.ShareLinkService;
import org.hybridplanner.app.share.ShareLinkSummary;
import org.hybridplanner.export.text.Quantity;

/**
 * Creates, lists and revokes the view and edit links of one plan (for its owner only). A new link's address is shown
 * once, right after creating it: only its hash is stored, so it cannot be shown again later. What the chosen kind of
 * link lets its holder do is spelled out above the form and changes with the choice.
 */
public final class ShareDialog extends Dialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final transient ShareLinkService shareLinks;
    private final transient Clock clock;
    private final UUID planId;
    private final List<VersionSummary> versions;
    private final RadioButtonGroup<ShareAccess> access = accessChoice();
    private final Paragraph allows = new Paragraph();
    private final TextField label = label();
    private final RadioButtonGroup<Expiry> expiry;
    private final Select<VersionSummary> pinnedVersion;
    private final TextField createdLink = createdLinkField();
    private final Button copy = copyButton();
    private final Grid<ShareLinkSummary> grid = linkGrid();

    public ShareDialog(ShareLinkService shareLinks, PlanService plans, Clock clock, UUID planId, String planName) {
        this.shareLinks = shareLinks;
        this.clock = clock;
        this.planId = planId;
        this.versions = plans.versions(planId);
        this.expiry = expiryChoice(shareLinks.allowsNoExpiry(), shareLinks.maxExpiry());
        this.pinnedVersion = versionChoice(versions);
        setId("share-dialog");
        setHeaderTitle("Share \"" + planName + "\"");
        setWidth("min(64em, 95vw)");
        addGridColumns();
        allows.setId("share-link-allows");
        Button create = new Button("Create link", click -> create());
        create.setId("share-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        access.addValueChangeListener(event -> accessChosen(event.getValue()));
        accessChosen(access.getValue());
        FormLayout form = new FormLayout(label, expiry, pinnedVersion);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        HorizontalLayout created = new HorizontalLayout(createdLink, copy);
        created.setWidthFull();
        created.setAlignItems(FlexComponent.Alignment.BASELINE);
        created.expand(createdLink);
        H4 existing = new H4("Links to this plan");
        existing.addClassNames(LumoUtility.Margin.Top.MEDIUM);
        add(access, allows, form, create, created, existing, grid);
        getFooter().add(new Button("Close", click -> close()));
        refresh();
    }

    private static RadioButtonGroup<ShareAccess> accessChoice() {
        RadioButtonGroup<ShareAccess> group = new RadioButtonGroup<>("Anyone with the link can");
        group.setId("share-access");
        group.setItems(ShareAccess.VIEW, ShareAccess.EDIT);
        group.setItemLabelGenerator(ShareDialog::accessName);
        group.setValue(ShareAccess.VIEW);
        return group;
    }

    private static String accessName(ShareAccess access) {
        return switch (access) {
            case VIEW -> "View, without an account";
            case EDIT -> "Edit, after signing in to this planner";
        };
    }

    /** Says what the chosen kind of link allows; edit links always open the latest version, so pinning goes away. */
    private void accessChosen(ShareAccess chosen) {
        allows.setText(chosen.holderCan());
        boolean pinnable = chosen == ShareAccess.VIEW;
        if (!pinnable) {
            pinnedVersion.clear();
        }
        pinnedVersion.setEnabled(pinnable);
        pinnedVersion.setHelperText(pinnable ? null : "Edit links always open the latest version.");
    }

    private static TextField label() {
        TextField field = new TextField("Label (optional)");
        field.setId("share-label");
        field.setPlaceholder("e.g. network team review");
        field.setMaxLength(200);
        field.setWidthFull();
        return field;
    }

    /**
     * The expiries offered: those within the allowed maximum (the maximum itself when it is shorter than all), and
     * "never" only where an admin allowed links without expiry.
     */
    private static RadioButtonGroup<Expiry> expiryChoice(boolean allowNever, Duration max) {
        List<Expiry> choices = new ArrayList<>(Stream.of(Expiry.days(7), Expiry.days(30), Expiry.days(90))
                .filter(choice -> choice.duration().compareTo(max) <= 0).toList());
        if (choices.isEmpty()) {
            choices.add(Expiry.days((int) Math.max(1, max.toDays())));
        }
        if (allowNever) {
            choices.add(new Expiry("Never", NewShareLink.NO_EXPIRY));
        }
        RadioButtonGroup<Expiry> group = new RadioButtonGroup<>("Expires after");
        group.setId("share-expiry");
        group.setItems(choices);
        group.setItemLabelGenerator(Expiry::label);
        group.setValue(choices.get(Math.min(1, choices.size() - 1)));
        return group;
    }

    private static Select<VersionSummary> versionChoice(List<VersionSummary> versions) {
        Select<VersionSummary> select = new Select<>();
        select.setId("share-version");
        select.setLabel("Shows");
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("The latest version, as it changes");
        select.setItems(versions);
        select.setItemLabelGenerator(v -> v == null ? "The latest version, as it changes" : versionName(v));
        select.setWidthFull();
        return select;
    }

    private static String versionName(VersionSummary version) {
        return "Version " + version.number() + (version.label() == null ? "" : " \u00b7 " + version.label())
                + " (" + WHEN.format(version.updatedAt()) + ")";
    }

    private static TextField createdLinkField() {
        TextField field = new TextField("New link");
        field.setId("share-created-link");
        field.setReadOnly(true);
        field.setHelperText("Copy it now: the link is shown only this once. Select it and press Ctrl+C (\u2318C on a "
                + "Mac), or use Copy.");
        field.setVisible(false);
        return field;
    }

    private Button copyButton() {
        // The clipboard API needs HTTPS or localhost; where it is unavailable the helper text tells how to copy.
        Button button = new Button("Copy", click -> createdLink.getElement()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", createdLink.getValue()));
        button.setId("share-copy");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setVisible(false);
        return button;
    }

    private static Grid<ShareLinkSummary> linkGrid() {
        Grid<ShareLinkSummary> grid = new Grid<>();
        grid.setId("share-links");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No active links.");
        return grid;
    }

    private void addGridColumns() {
        Map<Long, VersionSummary> byId = versions.stream()
                .collect(Collectors.toMap(VersionSummary::id, Function.identity()));
        grid.addColumn(link -> link.label() == null ? "" : link.label()).setHeader("Label").setFlexGrow(2);
        grid.addColumn(link -> link.access() == ShareAccess.EDIT ? "edit" : "view").setHeader("Access")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(link -> WHEN.format(link.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(this::expiryText).setHeader("Expires").setAutoWidth(true);
        grid.addColumn(link -> link.lastUsedAt() == null ? "never" : WHEN.format(link.lastUsedAt()))
                .setHeader("Last use").setAutoWidth(true);
        grid.addColumn(ShareLinkSummary::useCount).setHeader("Uses").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(link -> link.versionId() == null ? "latest"
                : byId.containsKey(link.versionId()) ? "version " + byId.get(link.versionId()).number()
                : "a deleted version").setHeader("Shows").setAutoWidth(true);
        grid.addComponentColumn(link -> {
            Button revoke = new Button("Revoke", click -> confirmRevoke(link));
            revoke.addClassName("share-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
    }

    private String expiryText(ShareLinkSummary link) {
        if (link.expiresAt() == null) {
            return "never";
        }
        String when = WHEN.format(link.expiresAt());
        return link.isActive(clock.instant()) ? when : "expired " + when;
    }

    private void create() {
        try {
            Expiry chosen = expiry.getValue();
            VersionSummary version = pinnedVersion.getValue();
            CreatedShareLink created = shareLinks.create(planId, new NewShareLink(access.getValue(), label.getValue(),
                    chosen == null ? null : chosen.duration(), version == null ? null : version.id()));
            createdLink.setValue(SharedLinkAddress.of(created.path()));
            createdLink.setVisible(true);
            copy.setVisible(true);
            label.clear();
            label.setInvalid(false);
            refresh();
        } catch (ExpiryRefusedException e) {
            expiry.setErrorMessage(e.getMessage());
            expiry.setInvalid(true);
        } catch (IllegalArgumentException e) {
            label.setErrorMessage(e.getMessage());
            label.setInvalid(true);
        }
    }

    private void confirmRevoke(ShareLinkSummary link) {
        String name = link.label() == null ? "this link" : "\"" + link.label() + "\"";
        IrreversibleActionDialog.ask("share-revoke-confirm", "Revoke " + name + "?",
                "Anyone using it will no longer see the plan.", "Revoke", () -> {
                    shareLinks.revoke(planId, link.id());
                    refresh();
                });
    }

    private void refresh() {
        // Revoked links can do nothing any more; expired ones stay listed so their owner sees why a link stopped.
        grid.setItems(shareLinks.list(planId).stream().filter(link -> link.revokedAt() == null).toList());
    }

    /** One offered expiry; {@link NewShareLink#NO_EXPIRY} for "never". */
    record Expiry(String label, Duration duration) {
        static Expiry days(int days) {
            return new Expiry(Quantity.of(days, "day"), Duration.ofDays(days));
        }
    }
}
