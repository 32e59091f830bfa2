package com.factline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.factline.base.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Text and metadata out of saved pages, PDF and Word files written for these tests (src/test/resources/import). */
public class ImportFormatsTest {

    public static byte[] resource(String name) {
        try (InputStream in = ImportFormatsTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String html(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    @Test
    void shouldTakeTheArticleAndJsonLdMetadataFromANewsSite() {
        HtmlArticle.Extracted page = HtmlArticle.extract(html("page-jsonld.html"), "https://www.courier.example/news/bridge");
        ArticleMetadata m = page.metadata();
        assertThat(m.title()).isEqualTo("Old Mill bridge reopens to traffic after six months of repairs");
        assertThat(m.outlet()).isEqualTo("Riverside Courier");
        assertThat(m.byline()).isEqualTo("Dana Whitfield, Omar Reyes");
        assertThat(m.publishedOn()).isEqualTo(LocalDate.of(2024, 4, 19));
        assertThat(m.provenance()).containsEntry("title", Provenance.JSON_LD).containsEntry("publishedOn", Provenance.JSON_LD)
                .containsEntry("outlet", Provenance.JSON_LD).containsEntry("byline", Provenance.JSON_LD);
        assertThat(page.text()).contains("The Old Mill bridge reopened to cars and buses on Friday morning")
                .contains("The ferry will run until Sunday")
                .doesNotContain("Related stories", "Council approves", "Share on social", "cookies", "Copyright", "Advertisement",
                        "Sport", "dataLayer");
    }

    @Test
    void shouldFallBackToOpenGraphTagsWhenThereIsNoJsonLd() {
        HtmlArticle.Extracted page = HtmlArticle.extract(html("page-opengraph.html"), "https://lakeside.example/local/library");
        ArticleMetadata m = page.metadata();
        assertThat(m.title()).isEqualTo("City library to open on Sundays from September");
        assertThat(m.outlet()).isEqualTo("Lakeside Daily");
        assertThat(m.byline()).isEqualTo("Priya Nandakumar");
        assertThat(m.publishedOn()).isEqualTo(LocalDate.of(2024, 7, 2));
        assertThat(m.provenance()).containsEntry("title", Provenance.OPENGRAPH).containsEntry("publishedOn", Provenance.OPENGRAPH)
                .containsEntry("byline", Provenance.META);
        assertThat(page.text()).startsWith("City library to open on Sundays from September")
                .contains("Readers' groups had collected 2,300 signatures")
                .doesNotContain("Heatwave", "newsletter", "Opinion");
    }

    @Test
    void shouldReadThePublicationDateFromTheDatelineWhenThePageDeclaresNone() {
        HtmlArticle.Extracted page = HtmlArticle.extract(html("page-dateline.html"), "https://www.coastalwire.example/port");
        ArticleMetadata m = page.metadata();
        assertThat(m.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(m.provenance()).containsEntry("publishedOn", Provenance.DATELINE).containsEntry("title", Provenance.TITLE_ELEMENT)
                .containsEntry("outlet", Provenance.URL_HOST);
        assertThat(m.outlet()).isEqualTo("coastalwire.example");
        assertThat(page.text()).startsWith("Dock workers end three-day strike after pay deal\n\nPORT ELLIS, March 8, 2024")
                .doesNotContain("Terms of use", "Business");
    }

    @Test
    void shouldFindOnlyAFullDateAtTheHeadOfTheText() {
        assertThat(Dateline.find("The Hague, 17 March 2023 \u2013 The court said")).contains(LocalDate.of(2023, 3, 17));
        assertThat(Dateline.find("MOSCOW, Sept. 3, 2022 (Reuters) -")).contains(LocalDate.of(2022, 9, 3));
        assertThat(Dateline.find("Published 2021-11-05 at noon")).contains(LocalDate.of(2021, 11, 5));
        assertThat(Dateline.find("On February 30, 2023 nothing happened; on 1 March 2023 something did"))
                .contains(LocalDate.of(2023, 3, 1));
        assertThat(Dateline.find("In March the minister spoke.")).isEmpty();
        assertThat(Dateline.find("x".repeat(Dateline.HEAD) + " 17 March 2023")).as("beyond the head").isEmpty();
    }

    @Test
    void shouldReadAMultiPagePdfPressReleaseWithItsHeadingsAsParagraphs() {
        DocumentText.Extracted pdf = DocumentText.pdf(resource("court-press-release.pdf"));
        assertThat(pdf.text()).startsWith("Harbour City District Court\n\nPress release No. 12/2024\n\nHarbour City, 14 May 2024")
                .contains("\n\nCourt orders temporary closure of the Eastgate ferry terminal\n\n")
                .contains("The Harbour City District Court on Tuesday ordered the operator of the Eastgate ferry terminal to close")
                .contains("\n\nReasons for the decision\n\n")
                .contains("A further hearing is scheduled for 3 June 2024.")
                .endsWith("only the written order is authoritative.");
        assertThat(pdf.metadata().title()).isEqualTo("Court orders temporary closure of the Eastgate ferry terminal");
        assertThat(pdf.metadata().byline()).isEqualTo("Press office, Harbour City District Court");
        assertThat(pdf.metadata().publishedOn()).isEqualTo(LocalDate.of(2024, 5, 14));
        assertThat(pdf.metadata().provenance()).containsEntry("publishedOn", Provenance.DATELINE);
    }

    @Test
    void shouldRefuseAScannedPdfSayingItHasNoTextLayer() {
        assertThatThrownBy(() -> DocumentText.pdf(resource("scanned-letter.pdf")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no text layer").hasMessageContaining("2 pages").hasMessageContaining("OCR");
    }

    @Test
    void shouldRefuseAFileThatIsNoPdf() {
        assertThatThrownBy(() -> DocumentText.pdf("%PDF-1.4 but nothing else".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a readable PDF");
    }

    @Test
    void shouldReadAWordDocumentWithHeadingsTablesAndPageBreaksAsParagraphs() {
        DocumentText.Extracted docx = DocumentText.docx(resource("water-board-statement.docx"));
        assertThat(docx.text()).startsWith("Statement from the Northvale Water Board\n\nNorthvale, 2 February 2024\n\n")
                .contains("Residents should boil tap water for at least one minute\tbefore drinking it.")
                .contains("\n\nWhat happens next\n\nNew samples will be taken daily.\n\nThe board will publish")
                .contains("District\n\nStatus\n\nEastbank\n\nBoil water");
        assertThat(docx.metadata().title()).isEqualTo("Boil-water notice stays until Monday");
        assertThat(docx.metadata().byline()).isEqualTo("Northvale Water Board press office");
        assertThat(docx.metadata().publishedOn()).as("the dateline wins over the file's creation date").isEqualTo(LocalDate.of(2024, 2, 2));
    }

    @Test
    void shouldRefuseAZipThatIsNoWordDocument() {
        assertThatThrownBy(() -> DocumentText.docx(resource("page-jsonld.html")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a Word .docx");
    }

    @Test
    void shouldDetectTheLanguageOnClearEvidenceAndDefaultToEnglish() {
        assertThat(LanguageGuess.detect(html("page-dateline.html"))).isEqualTo("en");
        assertThat(LanguageGuess.detect("Die Regierung hat am Montag beschlossen, dass die Brücke nicht vor dem Sommer wieder "
                + "geöffnet wird. Der Minister sagte, es sei auch eine Frage der Sicherheit für die Anwohner und die Pendler.")).isEqualTo("de");
        assertThat(LanguageGuess.detect("Le gouvernement a annoncé lundi que le pont ne sera pas rouvert avant l'été. Selon le "
                + "ministre, c'est une question de sécurité pour les habitants et pour les usagers du port.")).isEqualTo("fr");
        assertThat(LanguageGuess.detect("Xi arrived on Monday.")).isEqualTo("en");
        assertThat(LanguageGuess.resolverSupports("en-GB")).isTrue();
        assertThat(LanguageGuess.resolverSupports("de")).isFalse();
    }
}
