package com.factline.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.security.AppUser;
import com.factline.security.UserService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class PeopleViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Test
    @WithUserDetails("alice")
    void shouldNotOfferThePeopleViewInTheMenuToSomeoneWhoIsNotAnAdministrator() {
        navigate(com.factline.project.ui.ProjectsView.class);
        assertThat($(com.vaadin.flow.component.sidenav.SideNavItem.class).all())
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel).contains("Projects").doesNotContain("People");
    }

    @Test
    @WithUserDetails("dave")
    void shouldOfferThePeopleViewInTheMenuToAnAdministrator() {
        navigate(com.factline.project.ui.ProjectsView.class);
        assertThat($(com.vaadin.flow.component.sidenav.SideNavItem.class).all())
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel).contains("People");
    }

    private AppUser find(String name) {
        return users.findByUsername(name).orElseThrow();
    }

    @Test
    @WithUserDetails("dave")
    void shouldCreateAPersonFromTheDialog() {
        PeopleView view = navigate(PeopleView.class);
        int before = test(view.grid).size();
        view.openCreateDialog();
        Dialog dialog = $(Dialog.class).single();
        String name = "v" + UUID.randomUUID().toString().substring(0, 8);
        test($(TextField.class, dialog).all().get(0)).setValue(name);
        test($(TextField.class, dialog).all().get(1)).setValue("Vera View");
        test($(EmailField.class, dialog).single()).setValue(name + "@desk.example");
        test($(PasswordField.class, dialog).single()).setValue("copper kettle at dawn");
        test($(Button.class, dialog).withText("Create").single()).click();
        assertThat(find(name).email()).isEqualTo(name + "@desk.example");
        assertThat(test(view.grid).size()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("dave")
    void shouldSayWhyAWeakPasswordIsRefused() {
        PeopleView view = navigate(PeopleView.class);
        view.openCreateDialog();
        Dialog dialog = $(Dialog.class).single();
        String name = "w" + UUID.randomUUID().toString().substring(0, 8);
        test($(TextField.class, dialog).all().get(0)).setValue(name);
        test($(TextField.class, dialog).all().get(1)).setValue("Weak");
        test($(PasswordField.class, dialog).single()).setValue("short");
        test($(Button.class, dialog).withText("Create").single()).click();
        assertThat(users.findByUsername(name)).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getTextRecursively()).contains("at least 12 characters");
    }

    @Test
    @WithUserDetails("dave")
    void eachRowsButtonsAreNamedForThePersonTheyActOn() {
        PeopleView view = navigate(PeopleView.class);
        int row = java.util.stream.IntStream.range(0, test(view.grid).size())
                .filter(i -> test(view.grid).getRow(i).username().equals("alice")).findFirst().orElseThrow();
        String name = test(view.grid).getRow(row).displayName();
        var cell = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(view.grid).getCellComponent(row, 6);
        var buttons = cell.getChildren().map(Button.class::cast).toList();
        assertThat(buttons).extracting(b -> b.getAriaLabel().orElse(""))
                .containsExactly("Disable " + name, "Reset the password of " + name);
    }
}
