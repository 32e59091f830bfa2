package com.factline.demo;

import com.factline.base.BeforeServing;
import com.factline.base.FactlineMode;
import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectRole;
import com.factline.project.ProjectService;
import com.factline.security.UserService;
import com.factline.source.SourceData;
import com.factline.source.SourceService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Creates "Xi–Putin Moscow summit, March 2023" with the five seed articles. Idempotent: the
 * project is found by name and each article by its sha256, so a restart (or a restart after a
 * crash half-way) adds only what is missing.
 */
@Component
class DemoProjectSeeder extends BeforeServing {

    static final String PROJECT_NAME = "Xi\u2013Putin Moscow summit, March 2023";
    private static final Logger log = LoggerFactory.getLogger(DemoProjectSeeder.class);

    record Seed(String file, String outlet, LocalDate published, String title) {
    }

    private final FactlineMode mode;
    private final ProjectService projects;
    private final SourceService sources;
    private final UserService users;

    DemoProjectSeeder(FactlineMode mode, ProjectService projects, SourceService sources, UserService users) {
        this.mode = mode;
        this.projects = projects;
        this.sources = sources;
        this.users = users;
    }

    @Override
    public int getPhase() {
        return DATA;
    }

    @Override
    protected void runBeforeServing() {
        if (!mode.demo()) {
            return;
        }
        // Seeding acts as the demo admin, so the audit log and "imported by" name a real account.
        UserDetails dave = users.loadUserByUsername("dave");
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(dave, null, dave.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            seed();
        } catch (IOException e) {
            throw new UncheckedIOException("The sample articles could not be read from the classpath", e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void seed() throws IOException {
        ProjectId project = projects.findByName(PROJECT_NAME).orElseGet(() -> projects.create(new ProjectData(PROJECT_NAME,
                "Five reports on the ICC arrest warrant for Vladimir Putin (17 March 2023) and Xi Jinping's state visit "
                        + "to Moscow (from 20 March 2023).")).id());
        var roles = new java.util.LinkedHashMap<String, ProjectRole>();
        roles.put("alice", ProjectRole.EDITOR);
        roles.put("bob", ProjectRole.EDITOR);
        roles.put("carol", ProjectRole.REVIEWER);
        roles.put("dave", ProjectRole.OWNER);
        roles.forEach((member, role) -> users.findByUsername(member)
                .ifPresent(u -> projects.addMemberIfMissing(project, u.username(), role)));
        int added = 0;
        for (Seed seed : readSeeds()) {
            String text;
            try (InputStream in = new ClassPathResource("seeds/" + seed.file()).getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (sources.findBySha256(project, com.factline.base.Sha256.hex(text)).isPresent()) {
                continue;
            }
            sources.importText(project, new SourceData(seed.title(), seed.outlet(), seed.published(), null, null, "en", text));
            added++;
        }
        if (added > 0) {
            log.info("Demo project \u201c{}\u201d: imported {} sample articles.", PROJECT_NAME, added);
        }
    }

    static List<Seed> readSeeds() throws IOException {
        List<Seed> seeds = new ArrayList<>();
        try (InputStream in = new ClassPathResource("seeds/sources.tsv").getInputStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                seeds.add(new Seed(f[0], f[1], LocalDate.parse(f[2]), f[3]));
            }
        }
        return seeds;
    }

}
