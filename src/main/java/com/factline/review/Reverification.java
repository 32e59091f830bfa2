package com.factline.review;

import com.factline.base.ids.ClaimId;
import com.factline.discrepancy.DiscrepancyId;
import com.factline.timeline.EventId;

/**
 * The rule "this event needs re-verification", in one place: a VERIFIED event goes back to
 * {@code needs_reverification} when what a reviewer signed off changes, and the reason a reviewer
 * then reads is one text per cause, written here beside the rule. {@link ReviewService} applies
 * it from the events that say what happened (one listener per event type, all synchronous).
 */
final class Reverification {

    /** The status an event must have for a change to send it back; others stay as they are. */
    static final String VERIFIED = "verified";
    static final String NEEDS_REVERIFICATION = "needs_reverification";

    private Reverification() {
    }

    static boolean applies(String status) {
        return VERIFIED.equals(status);
    }

    /** Its own fields (title, summary, place, date) were edited; or, reverting, its set of claims. */
    static String eventEdited(String actor) {
        return "Edited by " + actor + " after verification.";
    }

    /** A claim on it was added, changed, moved onto or off it, or deleted. */
    static String claimChanged(ClaimId claim, String action, String actor) {
        return "Claim " + claim + " was " + switch (action) {
            case "create" -> "added";
            case "delete" -> "deleted";
            default -> "changed";
        } + " by " + actor + ".";
    }

    /** Claims were attached to it, or taken from it to another event (attach, split, revert, new event). */
    static String claimsMoved(String actor) {
        return "Claims were moved by " + actor + " after verification.";
    }

    /** Another event was merged into it (its claims, comments and discrepancies came along). */
    static String merged(EventId merged, String actor) {
        return "Event " + merged + " was merged into it by " + actor + ".";
    }

    /** A discrepancy that concerns it was opened: marked, accepted or reopened. */
    static String discrepancyOpened(DiscrepancyId discrepancy, String action) {
        return "Discrepancy " + discrepancy + " was " + switch (action) {
            case "mark" -> "marked";
            case "accept" -> "accepted";
            default -> "reopened";
        } + ".";
    }
}
