package com.factline.project;

import com.factline.base.CurrentUser;
import com.factline.base.NotFoundException;
import com.factline.base.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether the signed-in user may see a project. Services call it
 * first in every method that takes a project id, so an id from another project is refused
 * (as "not found", to leak nothing) rather than served.
 */
@Component
public class ProjectAccess {

    private final JdbcClient jdbc;

    ProjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void require(ProjectId project) {
        var user = CurrentUser.require();
        boolean visible = user.role() == Role.ADMIN
                ? jdbc.sql("select exists (select 1 from project where id = ?)").param(project.value()).query(Boolean.class).single()
                : jdbc.sql("select exists (select 1 from project_member where project_id = ? and user_id = ?)")
                        .params(project.value(), user.userId()).query(Boolean.class).single();
        if (!visible) {
            throw new NotFoundException("Project " + project.value() + " does not exist or you are not a member.");
        }
    }
}
