package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lists of people on invented sentences. */
class PersonListsTest {

    private static List<PersonLists.Person> people(String sentence) {
        return PersonLists.find(sentence, w -> w.equals("harbor"));
    }

    private static List<String> texts(String sentence) {
        return people(sentence).stream().map(p -> PersonLists.text(sentence, p)).toList();
    }

    private static Map<String, List<List<String>>> index(String... sentences) {
        return PersonLists.index(List.of(sentences), w -> false);
    }

    @Test
    void shouldReadNamesWithoutTitlesInitialsAndSuffixes() {
        String s = "The award went to former Senator Mary Q. Ellison, Tom Reyes Jr. and the actor Paula De Vries.";
        assertThat(texts(s)).containsExactly("Mary Q. Ellison", "Tom Reyes", "Paula De Vries");
        assertThat(people(s).getLast().surname()).isEqualTo("De Vries");
        assertThat(people(s).getFirst().given()).containsExactly("Mary", "q");
    }

    @Test
    void shouldNotTakePlacesBodiesOrOrdinaryWordsForPeople() {
        assertThat(texts("Officials of New Mexico and of the Port Authority met Gov. Dana Whitfield at American Harbor."))
                .containsExactly("Dana Whitfield");
        assertThat(texts("Mr. Whitfield spoke first.")).isEmpty();
    }

    @Test
    void shouldFindTheNamesEachListHasThatTheOtherOutletNeverMentions() {
        String a = "The council named Ann Ortiz, Peter Baker and Luis Mendez to the panel.";
        String b = "Ann Ortiz, Luis Mendez and Rachel Cole were named to the panel by the council.";
        PersonLists.Difference d = PersonLists.compare(people(a), people(b), index(a), index(b));
        assertThat(d).isNotNull();
        assertThat(d.onlyA()).extracting(PersonLists.Person::surname).containsExactly("Baker");
        assertThat(d.onlyB()).extracting(PersonLists.Person::surname).containsExactly("Cole");
        assertThat(a.substring(d.startA(), d.endA())).isEqualTo("Peter Baker");
        assertThat(b.substring(d.startB(), d.endB())).isEqualTo("Rachel Cole");
    }

    @Test
    void shouldNotReportAShorterListTheSameListOrANameMentionedElsewhere() {
        String a = "The council named Ann Ortiz, Peter Baker, Luis Mendez and Rachel Cole to the panel.";
        String b = "Ann Ortiz, Luis Mendez and Rachel Cole were named to the panel by the council.";
        assertThat(PersonLists.compare(people(a), people(b), index(a), index(b))).isNull();
        String same = "Peter Baker, Ann Ortiz and Luis Mendez were named to the panel.";
        String three = "The council named Ann Ortiz, Peter Baker and Luis Mendez to the panel.";
        assertThat(PersonLists.compare(people(three), people(same), index(three), index(same))).isNull();
        String swapped = "Ann Ortiz, Luis Mendez and Rachel Cole were named to the panel by the council.";
        // the outlet that lists Cole also writes about Baker elsewhere: not a different list of people
        assertThat(PersonLists.compare(people(three), people(swapped), index(three),
                index(swapped, "Mr. Baker declined the seat."))).isNull();
    }

    @Test
    void shouldNotCompareAPairOfNames() {
        String a = "Ann Ortiz and Peter Baker were named to the panel.";
        String b = "Ann Ortiz and Rachel Cole were named to the panel.";
        assertThat(PersonLists.compare(people(a), people(b), index(a), index(b))).isNull();
    }

    @Test
    void shouldNotCompareARollOfNames() {
        StringBuilder roll = new StringBuilder("The roll lists Ann Ortiz, Luis Mendez");
        for (int i = 0; i < PersonLists.MAX_LISTED; i++) {
            roll.append(", Tom Surname").append((char) ('a' + i % 26)).append((char) ('a' + i / 26));
        }
        String a = roll + " and Peter Baker.";
        String b = "Ann Ortiz, Luis Mendez and Rachel Cole were named to the panel.";
        assertThat(people(a)).hasSizeGreaterThan(PersonLists.MAX_LISTED);
        assertThat(PersonLists.compare(people(a), people(b), index(a), index(b))).isNull();
        String cut = "The roll lists Ann Ortiz, Luis Mendez, Tom Surnameaa and Peter Baker.";
        assertThat(PersonLists.compare(people(cut), people(b), index(cut), index(b))).isNotNull();
    }

    @Test
    void shouldTellPeopleWithOneSurnameApartByTheirGivenNames() {
        PersonLists.Person bill = people("They met Bill Ortiz on Monday.").getFirst();
        assertThat(PersonLists.absent(bill, index("Ann Ortiz spoke."))).isTrue();
        assertThat(PersonLists.absent(bill, index("Ann Ortiz spoke, and then Mr. Ortiz left."))).isFalse();
        assertThat(PersonLists.absent(bill, index("W. Ortiz spoke."))).isTrue();
        assertThat(PersonLists.absent(bill, index("B. Ortiz spoke."))).isFalse();
    }
}
