package org.hybridplanner.app.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/** The one main layout: title bar with the signed-in user and sign-out, and the menu built from {@code @Menu}. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {
    private final transient AuthenticationContext authentication;

    MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.NAVBAR);
        addToNavbar(new DrawerToggle(), title(), userBar());
        addToDrawer(menu());
    }

    private Span title() {
        Span title = new Span("Hybrid topology planner");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        return title;
    }

    private HorizontalLayout userBar() {
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.setId("signed-in-user");
        user.addClassNames(LumoUtility.TextColor.SECONDARY);
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(user, signOut);
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.addClassNames(LumoUtility.Margin.Left.AUTO, LumoUtility.Padding.Horizontal.MEDIUM);
        return bar;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        nav.addClassNames(LumoUtility.Padding.SMALL);
        return nav;
    }
}
