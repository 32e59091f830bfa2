package com.factline.export;

import com.factline.base.InvalidInputException;
import java.util.List;

/** The requested export format does not exist; carries the ones that do. */
public class UnknownFormatException extends InvalidInputException {

    private final List<String> formats;

    public UnknownFormatException(String format, List<String> formats) {
        super("unknown_format", "Unknown export format \u201c" + format + "\u201d; use one of " + String.join(", ", formats) + ".");
        this.formats = formats;
    }

    public List<String> formats() {
        return formats;
    }
}
