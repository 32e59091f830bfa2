package com.factline.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.base.ui.EmptyState;
import com.factline.security.ApiTokenService;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokenService tokens;

    @Test
    @WithUserDetails("carol")
    void anEmptyTokenListSaysWhatATokenIsForAndWhereToCreateOne() {
        ProfileView view = navigate(ProfileView.class);
        assertThat(test(view.grid).size()).isEqualTo(tokens.listMine().size());
        assertThat(((EmptyState) view.grid.getEmptyStateComponent()).text()).contains("No API tokens yet", "Create one above");
    }

    @Test
    @WithUserDetails("carol")
    void thePageHasOneTopHeadingWithItsSectionsUnderIt() {
        navigate(ProfileView.class);
        assertThat($(com.vaadin.flow.component.html.H2.class).all()).hasSize(1);
        assertThat($(com.vaadin.flow.component.html.H3.class).all()).extracting(h -> h.getText())
                .containsExactly("Password", "Signed-in browsers", "API tokens");
    }
}
