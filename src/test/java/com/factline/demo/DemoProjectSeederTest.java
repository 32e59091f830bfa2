package com.factline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DemoProjectSeederTest extends IntegrationTest {

    @Autowired
    DemoProjectSeeder seeder;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldCreateTheSampleProjectWithFiveArticlesAndTheirPublicationDates() {
        long project = demoProjectId();
        assertThat(jdbc.sql("select count(*) from source where project_id = ?").param(project).query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select published_on::text from source where project_id = ? and outlet = 'The New York Times'")
                .param(project).query(String.class).single()).isEqualTo("2023-03-18");
        assertThat(jdbc.sql("select count(*) from project_member where project_id = ?").param(project).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void shouldStoreTheSeedTextsByteForByte() throws Exception {
        String stored = jdbc.sql("select body from source where outlet = 'Reuters' and project_id = ?").param(demoProjectId()).query(String.class).single();
        String file = Files.readString(Path.of("seeds/003_34fb9bd187cbc78c.txt"), StandardCharsets.UTF_8);
        assertThat(stored).isEqualTo(file);
    }

    @Test
    void shouldNotDuplicateAnythingWhenRunAgain() throws Exception {
        int projects = jdbc.sql("select count(*) from project").query(Integer.class).single();
        int sources = jdbc.sql("select count(*) from source").query(Integer.class).single();
        int users = jdbc.sql("select count(*) from app_user").query(Integer.class).single();
        seeder.runBeforeServing();
        seeder.runBeforeServing();
        assertThat(jdbc.sql("select count(*) from project").query(Integer.class).single()).isEqualTo(projects);
        assertThat(jdbc.sql("select count(*) from source").query(Integer.class).single()).isEqualTo(sources);
        assertThat(jdbc.sql("select count(*) from app_user").query(Integer.class).single()).isEqualTo(users);
    }
}
