package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One person or act placed in two different towns, on invented sentences. */
class WhereaboutsTest {

    private static List<String> places(String s) {
        return Whereabouts.find(s).stream().map(p -> s.substring(p.start(), p.end())).toList();
    }

    /** The differences between two sentences, each standing for its whole document. */
    private static List<String> differ(String a, String b) {
        return differ(a, a, b, b);
    }

    private static List<String> differ(String a, String textA, String b, String textB) {
        return Whereabouts.differ(a, Whereabouts.find(a), Whereabouts.vocabulary(textA), b, Whereabouts.find(b),
                Whereabouts.vocabulary(textB)).stream()
                .map(d -> a.substring(d.a().start(), d.a().end()) + " | " + b.substring(d.b().start(), d.b().end()))
                .toList();
    }

    @Test
    void shouldReadTownsVenuesWithTheirTownAndTownsBeforeAPerson() {
        assertThat(places("The letter reached Mara Quill, a nurse at Harlow Memorial Hospital in Dunmore, Pa., on Monday."))
                .containsExactly("at Harlow Memorial Hospital in Dunmore, Pa.");
        assertThat(places("It was mailed to a Tacoma man who had never met the senator."))
                .containsExactly("a Tacoma man");
        assertThat(places("She spoke in Dunmore, then flew home.")).containsExactly("in Dunmore");
        assertThat(places("In Dunmore, Ohio, the count went on.")).containsExactly("In Dunmore, Ohio");
    }

    @Test
    void shouldNotReadMonthsBodiesStatesCountriesOrGroupsAsTowns() {
        assertThat(places("The bill passed in March in Congress after a vote in Ohio.")).isEmpty();
        assertThat(places("She worked in New York and later in Syria.")).isEmpty();
        // a venue told only with its state: which town is not said
        assertThat(places("The rally was at Harlow Arena in Ohio.")).isEmpty();
        assertThat(places("The post was written by a Republican woman and read by an Irish student.")).isEmpty();
        assertThat(places("He said it in Spanish at the meeting.")).isEmpty();
        assertThat(places("It was a turn in Mr. Quill's bid, announced at NCC and in Sen. Vale's office.")).isEmpty();
    }

    @Test
    void shouldFindOnePersonPlacedInTwoTowns() {
        assertThat(differ("The letter reached Mara Quill, a nurse at Harlow Memorial Hospital in Dunmore, Pa.",
                "The letter was sent to a Tacoma woman, later identified as Mara Quill."))
                .containsExactly("at Harlow Memorial Hospital in Dunmore, Pa. | a Tacoma woman");
        assertThat(differ("The mayor cut the ribbon at the new depot in Dunmore on Friday.",
                "The mayor cut the ribbon at the new depot in Tacoma on Friday."))
                .containsExactly("in Dunmore | in Tacoma");
    }

    @Test
    void shouldNotSuggestWhenAnOutletNamesBothPlaces() {
        String a = "The mayor cut the ribbon at the new depot in Dunmore on Friday.";
        String b = "The mayor cut the ribbon at the new depot in Tacoma on Friday.";
        assertThat(differ(a, a + " The depot serves Tacoma too.", b, b)).isEmpty();
        assertThat(differ(a, a, b, b + " Dunmore is an hour away.")).isEmpty();
        // a venue and its town against the town alone, another spelling of the same town
        assertThat(differ("The mayor spoke at Harlow Hall in Dunmore on Friday.", "The mayor spoke in Dunmore on Friday."))
                .isEmpty();
        assertThat(differ("The ad will air in Ft. Myers and Tampa this week.", "The ad will air in Fort Myers this week."))
                .isEmpty();
    }

    @Test
    void shouldNotSuggestATownInsideAStateOrPlacesOfDifferentThings() {
        assertThat(differ("The mayor cut the ribbon in Dunmore, Pa., on Friday.",
                "The mayor cut the ribbon in Pennsylvania on Friday.")).isEmpty();
        // the two places are told of different things: nothing shared within a few words of each
        assertThat(differ("Born in Dunmore, the senator later studied law for six long years before entering politics.",
                "The senator, whose family farm still stands outside a small river town, gave the speech in Tacoma."))
                .isEmpty();
    }

    @Test
    void shouldReadABoundedNumberOfPlaces() {
        String many = "He campaigned in Aa, in Bb, in Cc, in Dd, in Ee, in Ff, in Gg, in Hh, in Ii, in Jj and in Kk.";
        assertThat(Whereabouts.find(many)).hasSize(Whereabouts.MAX_PLACES);
    }
}
