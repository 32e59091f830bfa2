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
        buildNav();
    }

    /** A slot in the header for view-specific bits such as presence avatars. */
    public Div headerSlot() {
        return headerSlot;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Matcher m = PROJECT_PATH.matcher(event.getLocation().getPath());
        showProject(m.matches() ? m.group(1) : null);
    }

    /** The menu's entries, made once; a navigation only updates what differs (see {@link #showProject}). */
    private final SideNavItem projectItem = new SideNavItem("");
    private final java.util.Map<String, SideNavItem> projectLinks = new java.util.LinkedHashMap<>();
    private @org.jspecify.annotations.Nullable SideNavItem people;
    /** The project and name the menu shows now ("" when none), so that a navigation inside a project changes nothing. */
    private String shown = "";

    private void buildNav() {
        nav.addItem(new SideNavItem("Projects", "projects", VaadinIcon.FOLDER_OPEN.create()));
        projectItem.setPrefixComponent(VaadinIcon.FOLDER.create());
        projectItem.setId("nav-project");
        projectItem.setExpanded(true);
        projectItem.setVisible(false);
        nav.addItem(projectItem);
        addIfRouted(null, "Backups", "backups", VaadinIcon.ARCHIVE);
        people = addIfRouted(null, "People", "admin/users", VaadinIcon.USERS); // named as the page it opens
        showProject(null);
    }

    /**
     * Shows the open project's entries. The menu is updated, never rebuilt: going from one of a project's views
     * to another changes nothing in it (the browser marks the current entry itself); another project changes the
     * project entry's name and its links' paths.
     */
    private void showProject(@org.jspecify.annotations.Nullable String projectId) {
        // The people view is for administrators only: to anyone else the link would lead to a refusal.
        if (people != null) {
            people.setVisible(CurrentUser.find().map(u -> u.role() == Role.ADMIN).orElse(false));
        }
        // The project's views sit under an entry that names the project, so it is clear which story is open.
        ProjectNames names = projectId == null ? null : projectNames.getIfAvailable();
        String name = names == null ? null : names.nameOf(Long.parseLong(projectId)).orElse(null);
        String label = projectId == null ? "" : name == null ? "Project " + projectId : name;
        String key = projectId == null ? "" : projectId + "\n" + label;
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        projectItem.setVisible(projectId != null);
        if (projectId == null) {
            return;
        }
        projectItem.setLabel(label);
        // The menu cuts a long name short; the whole name is on hover and read out.
        projectItem.setTooltipText(label);
        if (projectLinks.isEmpty()) {
            addProjectLink(projectId, "Sources", "sources", VaadinIcon.FILE_TEXT_O);
            addProjectLink(projectId, "Claims", "claims", VaadinIcon.QUOTE_LEFT);
            addProjectLink(projectId, "Timeline", "timeline", VaadinIcon.CALENDAR_CLOCK);
            addProjectLink(projectId, "Discrepancies", "discrepancies", VaadinIcon.SCALE_UNBALANCE);
            addProjectLink(projectId, "Review", "review", VaadinIcon.CHECK_CIRCLE);
            addProjectLink(projectId, "Activity", "activity", VaadinIcon.CLOCK);
            addProjectLink(projectId, "Export", "export", VaadinIcon.DOWNLOAD);
            addProjectLink(projectId, "Settings", "settings", VaadinIcon.COG);
        } else {
            projectLinks.forEach((view, item) -> item.setPath("projects/" + projectId + "/" + view));
        }
    }

    private void addProjectLink(String projectId, String label, String view, VaadinIcon icon) {
        SideNavItem item = addIfRouted(projectItem, label, "projects/" + projectId + "/" + view, icon);
        if (item != null) {
            projectLinks.put(view, item);
        }
    }

    /** The entries of the side menu, top level and nested, in order (for tests). */
    java.util.List<SideNavItem> navItems() {
        java.util.List<SideNavItem> out = new java.util.ArrayList<>();
        for (SideNavItem i : nav.getItems()) {
            if (i.isVisible()) {
                out.add(i);
                out.addAll(i.getItems());
            }
        }
        return out;
    }

    private @org.jspecify.annotations.Nullable SideNavItem addIfRouted(@org.jspecify.annotations.Nullable SideNavItem parent, String label,
                                                                        String path, VaadinIcon icon) {
        // Only link to views that exist: a dead link is worse than none.
        if (RouteConfiguration.forApplicationScope().getRoute(path).isPresent()) {
            SideNavItem item = new SideNavItem(label, path, icon.create());
            if (parent == null) {
                nav.addItem(item);
            } else {
                parent.addItem(item);
            }
            return item;
        }
        return null;
    }
}
