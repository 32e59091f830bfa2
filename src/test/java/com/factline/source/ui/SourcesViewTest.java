package com.factline.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.project.ProjectData;
import com.factline.project.ProjectService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class SourcesViewTest extends SpringBrowserlessTest {

    @Autowired
    com.factline.TestData data;
    @Autowired
    ProjectService projects;
    @Autowired
    com.factline.source.SourceService sources;

    private long demoProject() {
        return projects.listVisible().stream().filter(p -> p.name().startsWith("Xi")).findFirst().orElseThrow().id().value();
    }


    /** A project of alice's with one article, alice then given {@code role} in it. */
    private SourcesView sourcesAs(String role) {
        var project = projects.create(new ProjectData("Sources roles " + java.util.UUID.randomUUID(), "")).id();
        sources.importText(project, new com.factline.source.SourceData("Reuters report", "Reuters", null, null, null, null,
                "Xi Jinping arrived in Moscow on Monday."));
        data.role(project, "alice", role);
        return navigate(SourcesView.class, Map.of("projectId", String.valueOf(project.value())));
    }

    @Test
    @WithUserDetails("alice")
    void aViewerSeesTheArticlesButNoImport() {
        SourcesView view = sourcesAs("viewer");
        assertThat(test(view.grid).size()).isOne();
        assertThat(view.importButton.isVisible()).isFalse();
        assertThat(view.urlButton.isVisible()).isFalse();
        assertThat(view.filesButton.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("alice")
    void anEditorGetsTheThreeWaysToImport() {
        SourcesView view = sourcesAs("editor");
        assertThat(view.importButton.isVisible()).isTrue();
        assertThat(view.urlButton.isVisible()).isTrue();
        assertThat(view.filesButton.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("alice")
    void shouldListTheFiveSampleArticlesWithTheirOutlets() {
        SourcesView view = navigate(SourcesView.class, Map.of("projectId", String.valueOf(demoProject())));
        Grid<?> grid = view.grid;
        assertThat(test(grid).size()).isEqualTo(5);
        assertThat(view.title.getText()).as("the heading names the page, then the project").startsWith("Sources \u2014 Xi");
    }

    @Test
    @WithUserDetails("bob")
    void shouldImportAPastedArticleAndOpenItInTheReader() {
        long project = projects.create(new ProjectData("View import " + java.util.UUID.randomUUID(), "")).id().value();
        SourcesView view = navigate(SourcesView.class, Map.of("projectId", String.valueOf(project)));
        int before = test(view.grid).size();
        view.openImportDialog();
        SourcesView.ImportDialog dialog = $(SourcesView.ImportDialog.class).single();
        test(dialog.titleField).setValue("Pasted <script>alert(1)</script> report");
        test(dialog.outlet).setValue("Test Wire");
        test(dialog.text).setValue("On Monday Xi arrived in Moscow. <img src=x onerror=alert(1)>");
        test(dialog.save).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ReaderView");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .matches("projects/\\d+/sources/\\d+");
        assertThat($(com.vaadin.flow.component.html.H2.class).all().stream().map(h -> h.getText()).toList())
                .contains("Pasted <script>alert(1)</script> report");
        SourcesView again = navigate(SourcesView.class, Map.of("projectId", String.valueOf(project)));
        assertThat(before).isZero();
        assertThat(test(again.grid).size()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("alice")
    void shouldShowWhyAnImportWasRefused() {
        SourcesView view = navigate(SourcesView.class, Map.of("projectId", String.valueOf(demoProject())));
        view.openImportDialog();
        SourcesView.ImportDialog dialog = $(SourcesView.ImportDialog.class).single();
        test(dialog.titleField).setValue("Empty");
        test(dialog.text).setValue("   ");
        test(dialog.save).click();
        assertThat(dialog.error.getText()).contains("no letters or digits");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getFooter().getElement().getChildren().anyMatch(c -> c.equals(dialog.error.getElement())))
                .as("said beside the buttons, in sight however long the form").isTrue();
    }

    @Test
    @WithUserDetails("bob")
    void shouldImportSeveralFilesAtOnceAndListWhatBecameOfEach() {
        long project = projects.create(new ProjectData("View files " + java.util.UUID.randomUUID(), "")).id().value();
        SourcesView view = navigate(SourcesView.class, Map.of("projectId", String.valueOf(project)));
        FilesImportDialog dialog = view.openFilesDialog();
        dialog.executor = Runnable::run;
        dialog.received.add(new com.factline.source.SourceService.UploadedFile("court-press-release.pdf",
                com.factline.source.ImportFormatsTest.resource("court-press-release.pdf")));
        dialog.received.add(new com.factline.source.SourceService.UploadedFile("water-board-statement.docx",
                com.factline.source.ImportFormatsTest.resource("water-board-statement.docx")));
        dialog.received.add(new com.factline.source.SourceService.UploadedFile("scan.pdf",
                com.factline.source.ImportFormatsTest.resource("scanned-letter.pdf")));
        dialog.startImport();
        assertThat(dialog.status.getText()).isEqualTo("2 imported, 0 already in the project, 1 refused.");
        assertThat(test(dialog.results).size()).isEqualTo(3);
        assertThat(dialog.results.getGenericDataView().getItems().map(o -> o.fileName() + " " + o.status()).toList())
                .containsExactly("court-press-release.pdf IMPORTED", "water-board-statement.docx IMPORTED", "scan.pdf REFUSED");
        assertThat(test(view.grid).size()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("bob")
    void shouldShowWhyAnAddressCannotBeFetched() {
        long project = projects.create(new ProjectData("View url " + java.util.UUID.randomUUID(), "")).id().value();
        SourcesView view = navigate(SourcesView.class, Map.of("projectId", String.valueOf(project)));
        view.openUrlDialog();
        UrlImportDialog dialog = $(UrlImportDialog.class).single();
        test(dialog.address).setValue("http://127.0.0.1:9/private");
        test(dialog.fetch).click();
        assertThat(dialog.error.getText()).contains("loopback").contains("FACTLINE_FETCH_ALLOWED_HOSTS");
        assertThat(dialog.save.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("alice")
    void anEmptyProjectSaysHowToImportToAnEditorAndWhoImportsToAViewer() {
        var project = projects.create(new ProjectData("No articles " + java.util.UUID.randomUUID(), "")).id();
        SourcesView view = navigate(SourcesView.class, Map.of("projectId", String.valueOf(project.value())));
        assertThat(test(view.grid).size()).isZero();
        assertThat(((com.factline.base.ui.EmptyState) view.grid.getEmptyStateComponent()).text())
                .contains("No articles yet", "paste its text, upload files, or give its address");

        data.role(project, "alice", "viewer");
        SourcesView asViewer = navigate(SourcesView.class, Map.of("projectId", String.valueOf(project.value())));
        assertThat(((com.factline.base.ui.EmptyState) asViewer.grid.getEmptyStateComponent()).text())
                .contains("No articles yet", "editors import them").doesNotContain("upload");
    }

    @Test
    @WithUserDetails("alice")
    void aLongProjectNameWrapsAndLeavesTheImportButtonsOnScreen() {
        var project = projects.create(new ProjectData("Supercalifragilistic".repeat(8) + java.util.UUID.randomUUID(), "")).id();
        SourcesView view = navigate(SourcesView.class, Map.of("projectId", String.valueOf(project.value())));
        assertThat(view.title.getClassNames()).as("breaks even one long word").contains("fl-wrap");
        var top = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) view.title.getParent().orElseThrow();
        assertThat(top.isWrap()).as("the buttons move below the name instead of off screen").isTrue();
    }

    @Test
    @WithUserDetails("alice")
    void aTitleOrOutletCutShortInTheListIsWholeOnHover() {
        SourcesView view = navigate(SourcesView.class, Map.of("projectId", String.valueOf(demoProject())));
        var row = test(view.grid).getRow(0);
        assertThat(view.grid.getColumns().get(0).getTooltipGenerator().apply(row)).isEqualTo(row.title());
        assertThat(view.grid.getColumns().get(1).getTooltipGenerator().apply(row)).isEqualTo(row.outlet());
    }
}
