package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.align.AlignSentences;
import com.factline.align.MiniLmEmbedder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind on invented two-outlet cases; the embedding model loads from the classpath. */
class AlignedFactDetectorTest {

    private static final LocalDate TUESDAY_MAY_4 = LocalDate.of(2021, 5, 4);

    private static List<Suggestion> run(String a, String b) {
        return run(a, b, "a", "b");
    }

    private static List<Suggestion> run(String a, String b, String keyA, String keyB) {
        List<DetectDocument> docs = List.of(
                new DetectDocument("a", "Outlet A", a, TUESDAY_MAY_4, keyA),
                new DetectDocument("b", "Outlet B", b, TUESDAY_MAY_4, keyB));
        return new AlignedFactDetector(new Corpus(docs), d -> AlignSentences.of(d.text(), MiniLmEmbedder.shared()))
                .detect();
    }

    private static List<Suggestion> of(SuggestionKind kind, List<Suggestion> all) {
        return all.stream().filter(s -> s.kind() == kind).toList();
    }

    @Test
    void shouldSuggestAPlaceOneOutletSaysWasNotGivenAndTheOtherGives() {
        List<Suggestion> s = of(SuggestionKind.DESCRIPTION, run(
                "The Harlow campaign released a new radio spot on Monday but did not say where the spot would air.",
                "The Harlow campaign released a new radio spot on Monday; the spot will air in Dunmore County."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("Not given (where)", "did not say where the spot would air",
                "(Outlet A)", "in Dunmore County", "(Outlet B)");
        assertThat(of(SuggestionKind.DESCRIPTION, run(
                "The Harlow campaign released a new radio spot on Monday but did not say where the spot would air.",
                "The Harlow campaign released a new radio spot on Monday; it is unclear where the spot will air.")))
                .isEmpty();
    }

    @Test
    void shouldSuggestOnePersonPlacedInTwoTowns() {
        List<Suggestion> s = of(SuggestionKind.DESCRIPTION, run(
                "The photo was sent to Mara Quill, a nursing student at a college in Dunmore, Pa., on Sunday night.",
                "The photo was sent on Sunday night to a nursing student in Tacoma, later identified as Mara Quill."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("Placed in different towns", "in Dunmore, Pa.", "(Outlet A)",
                "in Tacoma", "(Outlet B)");
        assertThat(of(SuggestionKind.DESCRIPTION, run(
                "The photo was sent to Mara Quill, a nursing student at a college in Dunmore, Pa., on Sunday night.",
                "The photo was sent on Sunday night to a nursing student in Dunmore, later identified as Mara Quill.")))
                .isEmpty();
    }

    @Test
    void shouldSuggestOneActDatedOnTwoDaysInPassagesThatReadDifferently() {
        // published Tuesday May 4: Friday is April 30, Saturday May 1
        String a = "A county clerk on Friday apologized for a Facebook post about the judge's children. "
                + "The judge has not commented.";
        List<Suggestion> s = of(SuggestionKind.DATE, run(a,
                "The communications director of the county office had to apologize Saturday for a Facebook post "
                        + "critical of the children of a judge."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("Friday", "(Outlet A)", "Saturday", "(Outlet B)");
        // "earlier this week" written on a Tuesday is Monday, not the Tuesday another outlet gives
        assertThat(of(SuggestionKind.DATE, run(
                "The gossip magazine published a story earlier this week claiming the senator had a secret account.",
                "The senator blamed his rival for the magazine story published Tuesday that alleged a secret account.")))
                .hasSize(1);
    }

    @Test
    void shouldSuggestLeavingAPostDatedInTwoYearsButNotAMonthWithinTheOtherOutletsYear() {
        // published Tuesday May 4, 2021: "last month" is April 2021, "last year" is 2020
        String a = "Ms. Okafor joined the county administration in 2017 and quit last month to join a law firm.";
        List<Suggestion> s = of(SuggestionKind.DATE, run(a,
                "Ms. Okafor, a former deputy, left the county administration last year to return to a law firm."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("last month", "(Outlet A)", "last year", "(Outlet B)");
        // "earlier this year" contains April: no contradiction
        assertThat(of(SuggestionKind.DATE, run(a,
                "Ms. Okafor, a former deputy, left the county administration earlier this year to return to a law "
                        + "firm."))).isEmpty();
    }

    @Test
    void shouldNotSuggestOneActDatedByAWeekdayAndItsDateOrByAnOutletGivingBothDays() {
        String a = "A county clerk on Friday apologized for a Facebook post about the judge's children.";
        assertThat(of(SuggestionKind.DATE, run(a,
                "The communications director of the county office had to apologize on April 30 for a Facebook post "
                        + "critical of the children of a judge."))).isEmpty();
        assertThat(of(SuggestionKind.DATE, run(a + " She apologized again Saturday for the Facebook post.",
                "The communications director of the county office had to apologize Saturday for a Facebook post "
                        + "critical of the children of a judge."))).isEmpty();
    }

    @Test
    void shouldSuggestTheSameRankOverANarrowerGroupUnlessAnOutletGivesBoth() {
        List<Suggestion> s = of(SuggestionKind.DESCRIPTION, run(
                "Ms. Okafor, a farmer from Dunmore, is one of the first Quakers in the state legislature.",
                "Ms. Okafor, a farmer from Dunmore, became one of the first Quaker women in the state legislature."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("wider and a narrower group", "first Quakers", "(Outlet A)",
                "first Quaker women", "(Outlet B)");
        assertThat(of(SuggestionKind.DESCRIPTION, run(
                "Ms. Okafor, a farmer from Dunmore, is one of the first Quakers in the state legislature. "
                        + "She was also among the first Quaker women to run for the seat.",
                "Ms. Okafor, a farmer from Dunmore, became one of the first Quaker women in the state legislature.")))
                .isEmpty();
    }

    @Test
    void shouldSuggestATollThatContradictsNoFatalities() {
        List<Suggestion> s = of(SuggestionKind.NUMBER, run(
                "At least 30 people were killed when the old dam near the town collapsed on Monday.",
                "No fatalities were reported when the old dam near the town collapsed on Monday."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("At least 30 people were killed", "(Outlet A)", "No fatalities",
                "(Outlet B)");
        assertThat(s.getFirst().confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void shouldNotSuggestARoundedFigureOrAnotherUnitOfTheSameAmount() {
        assertThat(of(SuggestionKind.NUMBER, run("He wore a $43,000 Rolex watch to the hearing.",
                "He wore a $43,350 gold Rolex watch to the hearing."))).isEmpty();
        assertThat(of(SuggestionKind.NUMBER, run("The convoy of trucks stretched 5 miles along the border road.",
                "The convoy of trucks stretched 8 km along the border road."))).isEmpty();
    }

    @Test
    void shouldNotSuggestAFigureOfAnotherThingWhenTheOtherOutletAlsoGivesTheFirstFigure() {
        String a = "The new ad says the governor cut $716 billion from the pension fund. Her aides called it false.";
        // Outlet B gives the same figure for the governor ("more than $700 billion") and another for her rival.
        String b = "Her rival's plan would cut the pension fund by $800 billion, the governor said in 2008. "
                + "The new ad says the governor took more than $700 billion out of the pension fund.";
        assertThat(of(SuggestionKind.NUMBER, run(a, b))).isEmpty();
        // Without the agreeing figure, the two figures for one cut are still suggested.
        assertThat(of(SuggestionKind.NUMBER, run(a,
                "The new ad says the governor cut $800 billion from the pension fund. Her aides called it false.")))
                .hasSize(1);
    }

    @Test
    void shouldSuggestADealAbandonedInOneOutletAndPutOnHoldInTheOther() {
        List<Suggestion> s = of(SuggestionKind.DESCRIPTION, run(
                "The chipmaker abandoned its $2 billion deal to buy a Dutch rival on Friday, citing the regulators.",
                "The chipmaker put on hold its plans to buy a Dutch rival for $2 billion on Friday, citing the regulators."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("abandoned", "put on hold");
        assertThat(of(SuggestionKind.DESCRIPTION, run(
                "The chipmaker abandoned its $2 billion deal to buy a Dutch rival on Friday, citing the regulators.",
                "The chipmaker walked away from its plans to buy a Dutch rival for $2 billion on Friday, citing the regulators.")))
                .isEmpty();
    }

    @Test
    void shouldSuggestDifferentDatesForOneResignationButNotAWeekdayAndItsDate() {
        List<Suggestion> s = of(SuggestionKind.DATE, run(
                "The health minister resigned on May 1 after weeks of criticism over the vaccine rollout.",
                "The health minister resigned on June 30 after weeks of criticism over the vaccine rollout."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("May 1", "June 30");
        assertThat(of(SuggestionKind.DATE, run(
                "The health minister resigned on Tuesday after weeks of criticism over the vaccine rollout.",
                "The health minister resigned on May 4 after weeks of criticism over the vaccine rollout."))).isEmpty();
    }

    @Test
    void shouldNotSuggestDatesOfTwoDifferentActsInPassagesThatReadAlike() {
        assertThat(of(SuggestionKind.DATE, run(
                "The health minister said on Monday she did not approve the vaccine contract with the company.",
                "Last week, the vaccine contract with the company was approved by the health minister's office."))).isEmpty();
    }

    @Test
    void shouldNotTakeTheWordsOfATitleCaseHeadlineOrOfAnotherNameForMisspeltNames() {
        assertThat(of(SuggestionKind.NAME, run(
                "Mayor Poised to Back Comprehensive Plan to Curb Downtown Traffic",
                "Mayor Barack Linde is poised to support a comprehensive plan to curb downtown traffic."))).isEmpty();
        assertThat(of(SuggestionKind.NAME, run(
                "Lawmakers on Capitol Hill called on the candidate to drop out of the race on Thursday.",
                "Lawmakers called it a last Hail Mary and asked the candidate to drop out of the race on Thursday.")))
                .isEmpty();
    }

    @Test
    void shouldSuggestTwoSpellingsOfOneNameButNotAFullNameAndASurname() {
        List<Suggestion> s = of(SuggestionKind.NAME, run(
                "His wife, Sandra Jackson, a former city council member, was also charged.",
                "His wife, Sandi Jackson, a former city council member, was also charged."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("Sandra", "Sandi");
        assertThat(of(SuggestionKind.NAME, run(
                "Representative Bob Etheridge apologized for grabbing the student on Monday.",
                "Etheridge apologized for grabbing the student on Monday."))).isEmpty();
    }

    @Test
    void shouldSuggestAQuoteThatLostItsNegation() {
        List<Suggestion> s = of(SuggestionKind.QUOTE, run(
                "“I used money that shouldn't have been used for my campaign,” he told the judge.",
                "“I used money that should have been used for my campaign,” he told the judge."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().spans()).extracting(Span::text).allSatisfy(t -> assertThat(t).startsWith("I used money"));
    }

    @Test
    void shouldNotTakeTwoStatementsThatShareAFewWordsForOneQuoteWithAndWithoutNegation() {
        assertThat(of(SuggestionKind.QUOTE, run(
                "“I think the way the vice president handled himself in the debate was condescending,” she said.",
                "“Mr. Vice president, I know you are not under any duress in the debate,” she said."))).isEmpty();
    }

    @Test
    void shouldNotSuggestAQuoteRepunctuated() {
        assertThat(of(SuggestionKind.QUOTE, run(
                "“We will bring back our jobs, we will bring back our borders,” he said.",
                "“We will bring back our jobs. We will bring back our borders,” he said."))).isEmpty();
    }

    @Test
    void shouldNotSuggestANegationThatOnlyOneOutletQuotesAtTheEnd() {
        assertThat(of(SuggestionKind.QUOTE, run(
                "“The mayor should talk to the unions to make sure we get the best deal possible,” she said.",
                "“The mayor should talk to the unions to make sure we get the best deal possible, and if we don't get it,"
                        + " there should be no deal,” she said."))).isEmpty();
    }

    @Test
    void shouldSuggestTwoLengthsOfOneInvestigationEvenInPassagesThatDoNotAlign() {
        List<Suggestion> s = of(SuggestionKind.NUMBER, run(
                "The senator was indicted by a grand jury on Tuesday after a monthslong criminal investigation into his"
                        + " travel spending. The senator's office declined to comment on the charges.",
                "His lawyer complained in a letter about a rush to indict after a two-year grand jury investigation."
                        + " The weather in the capital was cold."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("monthslong", "two-year");
        assertThat(of(SuggestionKind.NUMBER, run(
                "The senator was indicted on Tuesday after a two-year investigation into his travel spending.",
                "His lawyer complained about a rush to indict after a two-year grand jury investigation."))).isEmpty();
    }

    @Test
    void shouldCompareTheDatesNearestTheSameAmountInPassagesAboutOnePayment() {
        List<Suggestion> s = of(SuggestionKind.DATE, run(
                "The congressman's lawyers said in 2019 that he repaid the charity about $60,000.",
                "He repaid the charity more than $60,000 earlier this year for expenses dating back to 2015, and the"
                        + " police opened a case going back to 2009."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("2019", "earlier this year");
    }

    @Test
    void shouldSuggestAPleaToADifferentOffenceButNotTheSameOffenceInOtherWords() {
        List<Suggestion> s = of(SuggestionKind.DESCRIPTION, run(
                "The former mayor pleaded guilty on Monday to one felony fraud count over the city contracts.",
                "The former mayor admitted wrongdoing in court. Her guilty plea was to a conspiracy charge."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("fraud", "conspiracy");
        assertThat(of(SuggestionKind.DESCRIPTION, run(
                "The former mayor pleaded guilty on Monday to one felony fraud count over the city contracts.",
                "The former mayor pleaded guilty to fraud, her lawyer said."))).isEmpty();
    }

    @Test
    void shouldSuggestFiredAgainstSteppedDown() {
        List<Suggestion> s = of(SuggestionKind.DESCRIPTION, run(
                "The chief executive of the airline was fired on Monday after the safety scandal.",
                "The chief executive of the airline stepped down on Monday after the safety scandal."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("fired", "stepped down");
    }

    @Test
    void shouldSuggestListsOfPeopleThatEachNameSomeoneTheOtherOutletNeverMentions() {
        List<Suggestion> s = of(SuggestionKind.NAME, run(
                "Prosecutors charged three aides, Ann Ortiz, Peter Baker and Luis Mendez, with obstruction on Monday.",
                "Prosecutors charged three aides, Ann Ortiz, Luis Mendez and Rachel Cole, with obstruction on Monday."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("Different people named", "“Peter Baker” (Outlet A)",
                "“Rachel Cole” (Outlet B)");
        assertThat(s.getFirst().spans()).extracting(Span::text).containsExactly("Peter Baker", "Rachel Cole");
    }

    @Test
    void shouldNotSuggestAShorterListOrANameTheOtherOutletGivesElsewhere() {
        assertThat(of(SuggestionKind.NAME, run(
                "Prosecutors charged four aides, Ann Ortiz, Peter Baker, Luis Mendez and Rachel Cole, with obstruction.",
                "Prosecutors charged three aides, Ann Ortiz, Luis Mendez and Rachel Cole, with obstruction."))).isEmpty();
        assertThat(of(SuggestionKind.NAME, run(
                "Prosecutors charged three aides, Ann Ortiz, Peter Baker and Luis Mendez, with obstruction on Monday.",
                "Prosecutors charged three aides, Ann Ortiz, Luis Mendez and Rachel Cole, with obstruction on Monday. "
                        + "Peter Baker, a fourth aide, was not charged."))).isEmpty();
    }

    @Test
    void shouldSuggestOneSenderReachingOutInWritingAgainstByPhone() {
        List<Suggestion> s = of(SuggestionKind.DESCRIPTION, run(
                "Several companies, among them Norvale Foods, wrote to the governor to oppose the new tax bill.",
                "An executive from Norvale Foods called the governor to oppose the new tax bill."));
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().reason()).contains("How Norvale reached out differs (in writing or by phone)",
                "“wrote to the governor” (Outlet A)", "“called the governor” (Outlet B)");
    }

    @Test
    void shouldNotSuggestTheSameWayOrAWayTheOtherOutletAlsoReports() {
        assertThat(of(SuggestionKind.DESCRIPTION, run(
                "Several companies, among them Norvale Foods, wrote to the governor to oppose the new tax bill.",
                "An executive from Norvale Foods sent the governor a letter to oppose the new tax bill."))).isEmpty();
        assertThat(of(SuggestionKind.DESCRIPTION, run(
                "Several companies, among them Norvale Foods, wrote to the governor to oppose the new tax bill.",
                "An executive from Norvale Foods called the governor to oppose the new tax bill. "
                        + "Norvale Foods also wrote to the governor last month."))).isEmpty();
    }

    @Test
    void shouldCompareNothingBetweenCopiesOfOneReport() {
        assertThat(run("At least 30 people were killed when the old dam collapsed on Monday.",
                "At least 40 people were killed when the old dam collapsed on Monday.", "wire", "wire")).isEmpty();
    }

    @Test
    void shouldGiveTheSameSuggestionsForTheSameInput() {
        String a = "At least 30 people were killed when the dam collapsed. The mayor, Sandra Lopez, was fired.";
        String b = "Forty people were killed when the dam collapsed. The mayor, Sandi Lopez, resigned.";
        assertThat(run(a, b)).isEqualTo(run(a, b));
    }
}
