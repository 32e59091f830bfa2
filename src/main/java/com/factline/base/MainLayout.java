package com.factline.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The frame around every view: navigation (project-scoped links appear once a project is open),
 * the signed-in user and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final Pattern PROJECT_PATH = Pattern.compile("^projects/(\\d+)(/.*)?$");

    private final SideNav nav = new SideNav();
    private final Div headerSlot = new Div();

    private final ObjectProvider<ProjectNames> projectNames;

    public MainLayout(AuthenticationContext auth, ObjectProvider<ProjectNames> projectNames) {
        this.projectNames = projectNames;
        H1 title = new H1("Factline");
        title.addClassName("fl-app-title");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, headerSlot);
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(headerSlot);
        header.addClassName("fl-header");

        MenuBar userMenu = new MenuBar();
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        CurrentUser.find().ifPresent(user -> {
            Avatar avatar = new Avatar(user.displayName());
            avatar.addClassName("fl-avatar");
            HorizontalLayout who = new HorizontalLayout(avatar, new Span(user.displayName() + (user.role() == Role.ADMIN ? " · admin" : "")));
            who.setAlignItems(HorizontalLayout.Alignment.CENTER);
            var item = userMenu.addItem(who);
            item.getSubMenu().addItem("Profile: password, sessions, API tokens", e -> getUI().ifPresent(ui -> ui.navigate("profile")));
            item.getSubMenu().addItem("Sign out", e -> auth.logout());
        });
        header.add(userMenu);

        addToNavbar(header);
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
        buildNav(null);
    }

    /** A slot in the header for view-specific bits such as presence avatars. */
    public Div headerSlot() {
        return headerSlot;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Matcher m = PROJECT_PATH.matcher(event.getLocation().getPath());
        buildNav(m.matches() ? m.group(1) : null);
    }

    private void buildNav(@org.jspecify.annotations.Nullable String projectId) {
        nav.removeAll();
        nav.addItem(new SideNavItem("Projects", "projects", VaadinIcon.FOLDER_OPEN.create()));
        if (projectId != null) {
            // The project's views sit under an entry that names the project, so it is clear which story is open.
            ProjectNames names = projectNames.getIfAvailable();
            String name = names == null ? null : names.nameOf(Long.parseLong(projectId)).orElse(null);
            SideNavItem project = new SideNavItem(name == null ? "Project " + projectId : name);
            project.setPrefixComponent(VaadinIcon.FOLDER.create());
            project.setId("nav-project");
            // The menu cuts a long name short; the whole name is on hover and read out.
            project.setTooltipText(name == null ? "Project " + projectId : name);
            project.setExpanded(true);
            nav.addItem(project);
            addIfRouted(project, "Sources", "projects/" + projectId + "/sources", VaadinIcon.FILE_TEXT_O);
            addIfRouted(project, "Claims", "projects/" + projectId + "/claims", VaadinIcon.QUOTE_LEFT);
            addIfRouted(project, "Timeline", "projects/" + projectId + "/timeline", VaadinIcon.CALENDAR_CLOCK);
            addIfRouted(project, "Discrepancies", "projects/" + projectId + "/discrepancies", VaadinIcon.SCALE_UNBALANCE);
            addIfRouted(project, "Review", "projects/" + projectId + "/review", VaadinIcon.CHECK_CIRCLE);
            addIfRouted(project, "Activity", "projects/" + projectId + "/activity", VaadinIcon.CLOCK);
            addIfRouted(project, "Export", "projects/" + projectId + "/export", VaadinIcon.DOWNLOAD);
            addIfRouted(project, "Settings", "projects/" + projectId + "/settings", VaadinIcon.COG);
        }
        addIfRouted(null, "Backups", "backups", VaadinIcon.ARCHIVE);
        // The people view is for administrators only: to anyone else the link would lead to a refusal.
        if (CurrentUser.find().map(u -> u.role() == Role.ADMIN).orElse(false)) {
            addIfRouted(null, "People", "admin/users", VaadinIcon.USERS); // named as the page it opens
        }
    }

    /** The entries of the side menu, top level and nested, in order (for tests). */
    java.util.List<SideNavItem> navItems() {
        java.util.List<SideNavItem> out = new java.util.ArrayList<>();
        for (SideNavItem i : nav.getItems()) {
            out.add(i);
            out.addAll(i.getItems());
        }
        return out;
    }

    private void addIfRouted(@org.jspecify.annotations.Nullable SideNavItem parent, String label, String path, VaadinIcon icon) {
        // Only link to views that exist: a dead link is worse than none.
        if (RouteConfiguration.forApplicationScope().getRoute(path).isPresent()) {
            SideNavItem item = new SideNavItem(label, path, icon.create());
            if (parent == null) {
                nav.addItem(item);
            } else {
                parent.addItem(item);
            }
        }
    }
}
