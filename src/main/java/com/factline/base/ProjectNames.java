package com.factline.base;

import java.util.Optional;

/**
 * The name of a project the signed-in user may read, for the frame around the views (the side menu
 * names the project it is in). Implemented by the project module, which base cannot depend on.
 */
public interface ProjectNames {

    /** The project's name, or empty when it does not exist or the user may not read it. */
    Optional<String> nameOf(long projectId);
}
