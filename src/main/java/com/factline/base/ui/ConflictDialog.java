package com.factline.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The one answer to "someone else saved this first": shows their version next to yours and lets
 * the editor either reload theirs or apply theirs-plus-mine. Never overwrites silently.
 */
public class ConflictDialog extends ConfirmDialog {

    /**
     * @param what    what was changed, as the heading names it ("claim", "event")
     * @param theirs  their version in one sentence
     * @param yours   your version in one sentence, or null when the form shows it
     * @param applyMine runs when the editor applies their change on top of the other's
     * @param reloadTheirs runs when the editor takes the other's version
     */
    public ConflictDialog(String what, String theirs, String yours, Runnable applyMine, Runnable reloadTheirs) {
        setId("conflict-dialog");
        setHeader("Someone else changed this " + what);
        setText("Their version: " + theirs + (yours == null || yours.isBlank() ? "" : ". Yours: " + yours)
                + ". Reload theirs, or apply your change on top of it.");
        setConfirmText("Apply mine on top");
        addConfirmListener(e -> applyMine.run());
        setRejectable(true);
        setRejectText("Reload theirs");
        addRejectListener(e -> reloadTheirs.run());
        setCancelable(true);
        setCancelText("Decide later");
    }
}
