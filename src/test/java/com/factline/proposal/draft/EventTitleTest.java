package com.factline.proposal.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Made-up sentences: the title is the main clause, cut at commas only, never reworded. */
class EventTitleTest {

    @Test
    void aSceneSettingOpenerAndASubordinateClauseBeforeTheMainClauseAreLeftOut() {
        assertThat(EventTitle.of("On Tuesday, after the plans of the council were published, the mayor announced a review of the bridge."))
                .isEqualTo("The mayor announced a review of the bridge.");
        assertThat(EventTitle.of("Earlier this month, the regulator fined the bank"))
                .isEqualTo("The regulator fined the bank");
    }

    @Test
    void aSubordinateOpenerInterruptedByARelativeClauseIsLeftOutWhole() {
        assertThat(EventTitle.of("After the tribunal, which sits in Lisbon, ruled against the port, the company appealed the decision."))
                .isEqualTo("The company appealed the decision.");
    }

    @Test
    void backgroundAfterTheMainClauseIsLeftOutAtItsComma() {
        assertThat(EventTitle.of("The ferry operator suspended all crossings, which had carried 300 passengers a day since spring."))
                .isEqualTo("The ferry operator suspended all crossings");
        assertThat(EventTitle.of("The minister resigned on Monday, days after the audit was leaked to reporters."))
                .isEqualTo("The minister resigned on Monday");
        assertThat(EventTitle.of("The senator voted against the bill, saying it would raise the price of bread for every family."))
                .isEqualTo("The senator voted against the bill");
        assertThat(EventTitle.of("On Monday, twelve miners were rescued, the emergency office said, after a week underground."))
                .as("who says so stays").isEqualTo("Twelve miners were rescued, the emergency office said");
    }

    @Test
    void aDescriptionOfTheSubjectGoesAndTheVerbComesBackToIt() {
        assertThat(EventTitle.of("Ms. Varga, the club's treasurer since 2011, admitted taking the money, according to the court."))
                .isEqualTo("Ms. Varga admitted taking the money, according to the court.");
        assertThat(EventTitle.of("According to the court, Ms. Varga, the club's treasurer, admitted taking the money."))
                .isEqualTo("According to the court, Ms. Varga, the club's treasurer, admitted taking the money.");
        assertThat(EventTitle.of("As the local paper reported on Friday, the club lost its licence."))
                .isEqualTo("As the local paper reported on Friday, the club lost its licence.");
    }

    @Test
    void aListOfSubjectsIsKeptWhole() {
        assertThat(EventTitle.of("Norway, Chile and Kenya signed the treaty, which takes effect next year."))
                .isEqualTo("Norway, Chile and Kenya signed the treaty");
    }

    @Test
    void aQuotationAfterTheVerbIsKeptAndCommasInsideItDoNotCut() {
        assertThat(EventTitle.of("On Monday, the coach told reporters, \u201cWe lost, and we deserved it.\u201d"))
                .isEqualTo("The coach told reporters, \u201cWe lost, and we deserved it.\u201d");
    }

    @Test
    void aConditionalOrAnOpenerWithoutAMainClauseKeepsTheSentencesWords() {
        assertThat(EventTitle.of("If the dam fails, the valley will flood within hours."))
                .isEqualTo("If the dam fails, the valley will flood within hours.");
        assertThat(EventTitle.of("Unless talks resume, the strike will continue."))
                .isEqualTo("Unless talks resume, the strike will continue.");
        assertThat(EventTitle.of("In the harbour, the blue boats.")).isEqualTo("In the harbour, the blue boats.");
        assertThat(EventTitle.of("Arrested on Friday, the suspect was released on bail."))
                .isEqualTo("Arrested on Friday, the suspect was released on bail.");
    }

    @Test
    void aSentenceWhoseOpenerHasItsOwnVerbIsNotCut() {
        assertThat(EventTitle.of("At least 20 people died in the flood, and hundreds were left homeless."))
                .isEqualTo("At least 20 people died in the flood");
        assertThat(EventTitle.of("At least 20 people died in the flood.")).isEqualTo("At least 20 people died in the flood.");
    }

    @Test
    void aLongMainClauseIsKeptWhole() {
        // 147 characters: the panel and the dialog wrap it; a title cut with "…" had to be edited before accepting
        assertThat(EventTitle.of("The committee of the regional assembly approved a plan to rebuild the northern railway line between"
                + " the two coastal towns by the end of the decade."))
                .isEqualTo("The committee of the regional assembly approved a plan to rebuild the northern railway line between"
                        + " the two coastal towns by the end of the decade.");
    }

    @Test
    void aTitleTooLongForItsColumnIsCutAtAWordWithAnEllipsisNeverInsideOne() {
        String clause = "The committee of the regional assembly approved a plan to rebuild the northern railway line between"
                + " the two coastal towns";
        String title = EventTitle.of(clause + " and " + clause.toLowerCase(java.util.Locale.ROOT) + " and " + clause.toLowerCase(java.util.Locale.ROOT) + ".");
        assertThat(title).endsWith(" \u2026").hasSizeLessThanOrEqualTo(EventTitle.MAX + 2).hasSizeLessThanOrEqualTo(300);
        assertThat(title).startsWith(clause + " and the committee");
        assertThat(title).as("cut after a whole word").endsWith(" of the regional assembly \u2026");
    }

    @Test
    void aLeadingConnectiveIsDroppedAndTheFirstLetterCapitalised() {
        assertThat(EventTitle.of("and the court issued a warrant")).isEqualTo("The court issued a warrant");
    }

    @Test
    void aSubordinateOpenerGoesOnToItsOwnVerbBeforeTheMainClauseStarts() {
        assertThat(EventTitle.of("While some, such as the tenants' union, have asked for a delay, other groups backed the plan."))
                .isEqualTo("Other groups backed the plan.");
        assertThat(EventTitle.of("After the vote, the senator resigned.")).isEqualTo("The senator resigned.");
    }

    @Test
    void theCommaOfADateSeparatesNothing() {
        assertThat(EventTitle.of("In fact, as late as the hearing on March 1, 2010, the mayor denied the report."))
                .isEqualTo("The mayor denied the report.");
    }

    @Test
    void aPassageOpeningWithAQuotationKeepsItsWords() {
        assertThat(EventTitle.of("\u201cWhile the offer is generous, we cannot accept it,\u201d the union said."))
                .isEqualTo("\u201cWhile the offer is generous, we cannot accept it,\u201d the union said.");
    }

    @Test
    void anOpenerThatHoldsTheSubjectOrLimitsWhatIsSaidStays() {
        assertThat(EventTitle.of("Earlier this month a longtime ally of the mayor, Council Member Rao, was defeated in a recall vote."))
                .isEqualTo("Earlier this month a longtime ally of the mayor, Council Member Rao, was defeated in a recall vote.");
        assertThat(EventTitle.of("For most of the commuters, the strike was a surprise."))
                .isEqualTo("For most of the commuters, the strike was a surprise.");
        assertThat(EventTitle.of("Until the new law passed, the agency kept the records secret."))
                .isEqualTo("Until the new law passed, the agency kept the records secret.");
    }

    @Test
    void anOpenerThatLimitsTheStatementToATimeStays() {
        assertThat(EventTitle.of("After 2030, the fund will pay only 80 percent of the pensions."))
                .isEqualTo("After 2030, the fund will pay only 80 percent of the pensions.");
        assertThat(EventTitle.of("By 2040, the lake could be dry.")).isEqualTo("By 2040, the lake could be dry.");
        assertThat(EventTitle.of("after the court ruled")).isEqualTo("The court ruled");
    }

    @Test
    void aParticipleAfterASubordinateOpenerBelongsToTheOpener() {
        assertThat(EventTitle.of("After the chair opened the hearing, answering a question about the budget, the treasurer resigned."))
                .isEqualTo("The treasurer resigned.");
    }

    @Test
    void aClauseCutFromItsSentenceLosesItsConnectiveEvenWithACommaInside() {
        assertThat(EventTitle.of("when the mayor visited the plant last year, as the union had asked"))
                .isEqualTo("The mayor visited the plant last year, as the union had asked");
    }

    @Test
    void aSubjectDescribedByAParticipleKeepsItsVerb() {
        assertThat(EventTitle.of("Files published by the agency, including a memo, also showed 40 warnings."))
                .isEqualTo("Files published by the agency, including a memo, also showed 40 warnings.");
        assertThat(EventTitle.of("Before the vote began, leading members like Ms. Ito, the whip, and Mr. Diaz, her deputy, had opposed the bill."))
                .isEqualTo("Leading members like Ms. Ito and Mr. Diaz had opposed the bill.");
        assertThat(EventTitle.of("In an interview with the radio station, to be aired on Sunday, the mayor announced her candidacy."))
                .isEqualTo("The mayor announced her candidacy.");
    }

    @Test
    void aPassageTakenFromInsideAQuotationKeepsItsWords() {
        assertThat(EventTitle.of("and the price will fall, as soon as the harvest is in,\u201d the minister said."))
                .isEqualTo("The price will fall, as soon as the harvest is in,\u201d the minister said.");
    }

    @Test
    void aMainClauseThatIsNotWholeOnItsOwnKeepsThePassagesWords() {
        assertThat(EventTitle.of("The union's leader said that, because of the ruling, \u201cthe workers will be paid.\u201d"))
                .isEqualTo("The union's leader said that, because of the ruling, \u201cthe workers will be paid.\u201d");
        assertThat(EventTitle.of("Once the dam was finished in May, the question became:"))
                .isEqualTo("Once the dam was finished in May, the question became");
        assertThat(EventTitle.of("after he left the ministry in 2006, two of the officials said."))
                .isEqualTo("He left the ministry in 2006, two of the officials said.");
        assertThat(EventTitle.of("before the board had met since June, quickly changed the rules."))
                .isEqualTo("The board had met since June, quickly changed the rules.");
    }

    @Test
    void aClosingAttributionStaysWhenTheBackgroundBeforeItGoes() {
        assertThat(EventTitle.of("The mayor was paid $5,000 for a speech, two days after the vote, according to a filing."))
                .isEqualTo("The mayor was paid $5,000 for a speech, according to a filing.");
        assertThat(EventTitle.of("On Monday, the heads of nine Oslo-based firms, including two banks, sent a letter to the mayor."))
                .isEqualTo("The heads of nine Oslo-based firms, including two banks, sent a letter to the mayor.");
    }

    @Test
    void anAsideAListOrAClauseCutFromItsSentenceIsNotCut() {
        assertThat(EventTitle.of("The judges concluded, though, that the report was incomplete."))
                .isEqualTo("The judges concluded, though, that the report was incomplete.");
        assertThat(EventTitle.of("and Ms. Ode, the 2010 winner, were the judges of the contest this year."))
                .isEqualTo("Ms. Ode, the 2010 winner, were the judges of the contest this year.");
        assertThat(EventTitle.of("Even if the talks fail, the ferry will run."))
                .isEqualTo("Even if the talks fail, the ferry will run.");
    }

    @Test
    void aSubordinateOpenerWithAPassiveSpeechVerbIsStillAnOpener() {
        assertThat(EventTitle.of("On Friday, after news of the merger was announced, the regulator expressed concerns."))
                .isEqualTo("The regulator expressed concerns.");
    }
}
