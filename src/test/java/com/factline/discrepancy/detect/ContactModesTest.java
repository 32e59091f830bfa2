package com.factline.discrepancy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ways of reaching someone on invented sentences. */
class ContactModesTest {

    private static List<ContactModes.Contact> find(String s) {
        return ContactModes.find(s, w -> false);
    }

    private static ContactModes.Contact only(String s) {
        List<ContactModes.Contact> all = find(s);
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    @Test
    void shouldReadTheModeTheVerbAndTheSenders() {
        String s = "Three lenders, among them Harlow Bank, wrote to the mayor last week.";
        ContactModes.Contact c = only(s);
        assertThat(c.mode()).isEqualTo(ContactModes.Mode.WRITING);
        assertThat(s.substring(c.start(), c.end())).isEqualTo("wrote to the mayor");
        assertThat(c.senders()).contains("harlow");
        ContactModes.Contact phone = only("A lawyer for Harlow Bank called Mr. Dane to complain.");
        assertThat(phone.mode()).isEqualTo(ContactModes.Mode.PHONE);
        assertThat(phone.senders()).contains("harlow");
    }

    @Test
    void shouldKnowTheUsualWaysOfEachMode() {
        assertThat(only("Ortiz sent her a letter on Monday.").mode()).isEqualTo(ContactModes.Mode.WRITING);
        assertThat(only("Ortiz sent the council an angry letter.").mode()).isEqualTo(ContactModes.Mode.WRITING);
        assertThat(only("The union said in a letter to Mr. Dane that it would strike.").mode())
                .isEqualTo(ContactModes.Mode.WRITING);
        assertThat(only("Ortiz phoned the clinic twice.").mode()).isEqualTo(ContactModes.Mode.PHONE);
        assertThat(only("Ortiz spoke to the mayor by phone.").mode()).isEqualTo(ContactModes.Mode.PHONE);
        assertThat(only("Ortiz met with the mayor on Friday.").mode()).isEqualTo(ContactModes.Mode.PERSON);
    }

    @Test
    void shouldNotTakeNamingOrUrgingForACall() {
        assertThat(find("Ortiz called Mr. Dane a liar.")).isEmpty();
        assertThat(find("Ortiz called on the mayor to resign.")).isEmpty();
        assertThat(find("Ortiz called for an inquiry into the loans.")).isEmpty();
        assertThat(find("Ortiz called the plan reckless.")).isEmpty();
    }

    @Test
    void shouldNotTakeWhomTheyReachedForTheSender() {
        ContactModes.Contact c = only("According to the Daily Ledger, Kessler spoke to both Ortiz and Lane by phone.");
        assertThat(c.senders()).contains("kessler").doesNotContain("ortiz", "lane");
    }

    @Test
    void shouldNotTakeNamesInAQuotationForSendersNorACallWithoutACaller() {
        ContactModes.Contact c = only("He added: “Harlow Bank would rather wait,” before Ortiz met with the mayor.");
        assertThat(c.senders()).contains("ortiz").doesNotContain("harlow");
        assertThat(find("Harlow Bank would prefer a courtesy phone call, the lawyer said.")).isEmpty();
    }

    @Test
    void shouldReadPlannedContactsOnlyWhenAskedForEveryTense() {
        String s = "Ortiz will meet with Lane on Friday.";
        assertThat(find(s)).isEmpty();
        List<ContactModes.Contact> any = ContactModes.find(s, w -> false, true);
        assertThat(any).hasSize(1);
        assertThat(any.getFirst().mode()).isEqualTo(ContactModes.Mode.PERSON);
        assertThat(any.getFirst().senders()).contains("ortiz", "lane");
    }

    @Test
    void shouldShareASenderOnlyBetweenDifferentModes() {
        ContactModes.Contact wrote = only("Three lenders, among them Harlow Bank, wrote to the mayor last week.");
        ContactModes.Contact called = only("A lawyer for Harlow Bank called Mr. Dane to complain.");
        ContactModes.Contact letter = only("A lawyer for Harlow Bank sent her a letter to complain.");
        assertThat(ContactModes.sharedSender(wrote, called)).isEqualTo("harlow");
        assertThat(ContactModes.sharedSender(wrote, letter)).isNull();
        assertThat(ContactModes.sharedSender(called, only("A lawyer for Tarrant Mills wrote to her."))).isNull();
    }
}
