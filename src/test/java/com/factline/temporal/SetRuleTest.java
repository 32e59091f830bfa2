package com.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Recurring times (TimeML SET), found by {@link SetRule} on its own, without the resolver. */
class SetRuleTest {

    private static RuleMatch at(String text, String start) {
        return SetRule.at(new TextAnalysis(text, LocalDate.of(2023, 3, 18)), text.indexOf(start));
    }

    private static void assertSet(String text, String expression, String value) {
        RuleMatch m = at(text, expression);
        assertEquals(expression, text.substring(m.start(), m.end()), m.explanation());
        assertEquals(TimexType.SET, m.type());
        assertEquals(value, m.value(), m.explanation());
        assertNull(m.from(), "a set has no calendar interval");
    }

    @Test
    void everyWithAUnitIsThatPeriod() {
        assertSet("The board meets every week in Geneva.", "every week", "P1W");
        assertSet("Elections are held every four years.", "every four years", "P4Y");
        assertSet("The magazine comes out every other month.", "every other month", "P2M");
        assertSet("The fund pays interest every quarter.", "every quarter", "P1Q");
    }

    @Test
    void everyPartOfDayOrWeekendIsThatRecurringTime() {
        assertSet("Guards patrol each night.", "each night", "XXXX-XX-XXTNI");
        assertSet("The market opens every weekend.", "every weekend", "XXXX-WXX-WE");
    }

    @Test
    void weekdaysAndWeekendsAfterOnOrAtAreTheWorkingDaysOrTheWeekendsOfEveryWeek() {
        assertSet("The office is closed on weekdays.", "weekdays", "XXXX-WXX-WD");
        assertSet("The market opens on weekends.", "weekends", "XXXX-WXX-WE");
        assertSet("He works at weekends, she during weekdays.", "weekends", "XXXX-WXX-WE");
        TemporalExpression found = ResolverChecks.find("The office is closed on weekdays.", LocalDate.of(2023, 3, 18),
                "weekdays");
        assertEquals("XXXX-WXX-WD", found.value(), "the resolver asks the rule at the word");
    }

    @Test
    void weekendsCountedOrNamedByTheTextAreNoSet() {
        assertNull(at("She spent two weekends in Paris.", "weekends"));
        assertNull(at("The weekends before the vote were busy.", "weekends"));
        assertNull(at("Weekends are quiet here.", "Weekends"));
    }

    @Test
    void everyWeekdayAndPluralWeekdaysAreThatDayOfEveryWeek() {
        assertSet("Flights leave every Thursday from Bombay.", "every Thursday", "XXXX-WXX-4");
        assertSet("The shop is closed Mondays.", "Mondays", "XXXX-WXX-1");
        // Before, "every other Tuesday" gave the coming Tuesday as a date.
        assertSet("The council sits every other Tuesday.", "every other Tuesday", "XXXX-WXX-2");
        assertEquals("every other Tuesday (every second week)",
                at("The council sits every other Tuesday.", "every other Tuesday").explanation());
    }

    @Test
    void aWeekdayWithAPluralPartOfTheDayRecursAndSoDoesEachWeekdayListedBeforeIt() {
        assertSet("The club meets on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI");
        assertSet("Lessons are given Sunday mornings.", "Sunday mornings", "XXXX-WXX-7TMO");
        String listed = "Buses run on Monday and Thursday evenings from May.";
        assertSet(listed, "Monday", "XXXX-WXX-1TEV");
        assertSet(listed, "Thursday evenings", "XXXX-WXX-4TEV");
        assertSet("Classes meet Monday, Wednesday or Friday afternoons.", "Monday", "XXXX-WXX-1TAF");
        assertSet("Classes meet Monday, Wednesday or Friday afternoons.", "Wednesday", "XXXX-WXX-3TAF");
    }

    @Test
    void aWeekdayWithoutAPluralPartOfTheDayIsNoSet() {
        assertNull(at("The vote is on Tuesday night.", "Tuesday"));
        assertNull(at("They met on Monday and Tuesday.", "Monday"));
        assertNull(at("They met Monday and spent Tuesday nights there.", "Monday"));
    }

    @Test
    void adverbsAndFrequenciesAreTheirPeriod() {
        assertSet("Protesters gather daily in the square.", "daily", "P1D");
        assertSet("Protesters gather daily outside the court.", "daily", "P1D");
        assertSet("Figures are published quarterly.", "quarterly", "P3M");
        assertSet("The committee meets twice a year.", "twice a year", "P1Y");
        assertSet("Trains run three times a week.", "three times a week", "P1W");
    }

    @Test
    void anAdverbUsedAsAnAdjectiveBeforeANounIsNoTime() {
        assertNull(at("She reads a daily newspaper.", "daily"));
        assertNull(at("The quarterly dividend was cut.", "quarterly"));
    }

    @Test
    void anAdverbAfterAnAmountIsARateNotARecurringTime() {
        assertNull(at("Sales should grow 7% annually.", "annually"));
        assertNull(at("The mill makes 40,000 tons annually.", "annually"));
        assertNull(at("The plant will turn out 5,000 cars monthly.", "monthly"));
        assertNull(at("It saves $3 million annually.", "annually"));
        assertSet("The festival is held annually in May.", "annually", "P1Y");
        assertSet("Troops patrol the border towns daily.", "daily", "P1D");
    }

    @Test
    void wordsThatOnlyLookLikeASetAreNoMatch() {
        assertNull(at("Everyone agreed.", "Everyone"));
        assertNull(at("Each candidate spoke.", "Each"));
        assertNull(at("Monday was quiet.", "Monday"), "a single weekday is a date, not a set");
        assertNull(at("He tried once more.", "once"));
    }

    @Test
    void everyMonthOrSeasonIsThatPartOfEveryYear() {
        assertSet("The festival returns each July to the old port.", "each July", "XXXX-07");
        assertSet("Floods hit the valley every spring.", "every spring", "XXXX-SP");
        assertSet("Prices climb every fall.", "every fall", "XXXX-FA");
    }
}
