package com.factline.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNameTest {

    private static final LocalDate MAR_17 = LocalDate.of(2023, 3, 17);

    @Test
    void fullNameIsOutletDateAndShortHeadline() {
        ArticleName n = new ArticleName("Reuters", MAR_17,
                "ICC issues arrest warrant for Putin over alleged deportation of children from Ukraine");
        assertThat(n.full()).isEqualTo("Reuters · 17 Mar 2023 · ICC issues arrest warrant for Putin over alleged…");
    }

    @Test
    void shortHeadlineIsKeptWhole() {
        assertThat(new ArticleName("BBC News", MAR_17, "Putin warrant").full()).isEqualTo("BBC News · 17 Mar 2023 · Putin warrant");
    }

    @Test
    void unknownPartsAreLeftOutAndNothingKnownStillReadsAsAnArticle() {
        assertThat(new ArticleName("", null, "Putin warrant").full()).isEqualTo("Putin warrant");
        assertThat(new ArticleName("AP", null, "  ").full()).isEqualTo("AP");
        assertThat(new ArticleName(" ", null, "").full()).isEqualTo("Untitled article");
    }

    @Test
    void headlineWithoutSpacesIsCutAtTheLimit() {
        String cut = ArticleName.headline("x".repeat(100), 10);
        assertThat(cut).isEqualTo("xxxxxxxxxx…");
    }

    @Test
    void sideBySideArticlesOfDifferentOutletsAreNamedByOutletAlone() {
        assertThat(ArticleName.distinct(List.of(new ArticleName("Reuters", MAR_17, "A"), new ArticleName("AP", MAR_17, "B"))))
                .containsExactly("Reuters", "AP");
    }

    @Test
    void twoArticlesOfOneOutletAreToldApartByDateThenHeadline() {
        ArticleName ap17 = new ArticleName("Associated Press", MAR_17, "Court acts");
        ArticleName ap18 = new ArticleName("Associated Press", MAR_17.plusDays(1), "Kremlin answers");
        ArticleName ap17b = new ArticleName("Associated Press", MAR_17, "Warrant explained");
        assertThat(ArticleName.distinct(List.of(ap17, ap18))).containsExactly("Associated Press · 17 Mar 2023", "Associated Press · 18 Mar 2023");
        assertThat(ArticleName.distinct(List.of(ap17, ap17b, ap18))).containsExactly(
                "Associated Press · 17 Mar 2023 · Court acts", "Associated Press · 17 Mar 2023 · Warrant explained",
                "Associated Press · 18 Mar 2023");
    }

    @Test
    void oneArticleListedTwiceKeepsOneLabelAndTrueTwinsAreNumbered() {
        ArticleName a = new ArticleName("AP", MAR_17, "Same");
        assertThat(ArticleName.distinct(List.of(a, a))).containsExactly("AP", "AP");
        ArticleName noTitle = new ArticleName("AP", null, "");
        ArticleName other = new ArticleName("AP", null, " ");
        assertThat(ArticleName.distinct(List.of(noTitle, new ArticleName("AP", MAR_17, "x"), other)))
                .containsExactly("AP", "AP · 17 Mar 2023", "AP");
    }

    @Test
    void labelsNeverShowInternalIds() {
        List<String> labels = ArticleName.distinct(List.of(new ArticleName("AP", MAR_17, "One"), new ArticleName("AP", MAR_17, "Two")));
        assertThat(labels).noneMatch(l -> l.matches(".*\\[\\d+].*"));
        assertThat(labels).doesNotHaveDuplicates();
    }
}
