package com.factline.project;

import com.factline.base.FactlineException;
import com.factline.base.ProjectNames;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The side menu's project names, through the service's own access check. */
@Component
class ProjectNamesFromService implements ProjectNames {

    private final ProjectService projects;

    ProjectNamesFromService(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public Optional<String> nameOf(long projectId) {
        try {
            return Optional.of(projects.get(new ProjectId(projectId)).name());
        } catch (FactlineException | AccessDeniedException | org.springframework.security.core.AuthenticationException e) {
            // No such project, or not the user's: the view itself says so; the menu just names nothing.
            return Optional.empty();
        }
    }
}
