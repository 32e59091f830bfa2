package com.factline.proposal;

import com.factline.base.InvalidInputException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Open until an editor decides; accepted and dismissed proposals are remembered and never proposed again. */
public enum ProposalStatus {
    OPEN, ACCEPTED, DISMISSED;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProposalStatus parse(@Nullable String s) {
        if (s != null) {
            for (ProposalStatus p : values()) {
                if (p.dbName().equalsIgnoreCase(s.strip())) {
                    return p;
                }
            }
        }
        throw new InvalidInputException("Unknown proposal status \u201c" + s + "\u201d: use open, accepted or dismissed.");
    }
}
