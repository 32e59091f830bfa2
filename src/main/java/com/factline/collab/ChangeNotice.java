package com.factline.collab;

import org.jspecify.annotations.Nullable;

/** One committed change: project, what kind of thing, which, what happened, by whom. */
public record ChangeNotice(long projectId, String entityType, @Nullable Long entityId, String action, String actor) {

    /**
     * The action of a notice that this instance's background work for the project (proposals, suggestions) started or
     * ended: nothing was committed; views that show whether that work is still going ask its service again.
     */
    public static final String BACKGROUND_WORK = "background-work";

    /** Whether this notice only says that background work started or ended (see {@link #BACKGROUND_WORK}). */
    public boolean backgroundWork() {
        return BACKGROUND_WORK.equals(action);
    }
}
