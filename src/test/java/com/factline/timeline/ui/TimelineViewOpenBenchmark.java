package com.factline.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.factline.demo.Generator;
import com.factline.project.ProjectData;
import com.factline.project.ProjectId;
import com.factline.project.ProjectService;
import com.factline.proposal.ProposalService;
import com.factline.source.SourceData;
import com.factline.source.SourceService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Server time to open the timeline (issue #18, view switches): the view is built, entered and its
 * grid fetches a screenful, as a click in the side navigation does, on the five sample articles
 * (with the proposals drafted from them) and on a generated project of 10,000 events. Prints the
 * median and p95 of 20 opens after 5 warm-up ones; the browser's share (the push, the render) is
 * not in these figures, {@code LiveBench} measures it end to end. Not part of the suite (no timed
 * assertions): run with {@code ./mvnw test -Dtest=TimelineViewOpenBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factline.data-dir=target/test-data/${random.uuid}")
class TimelineViewOpenBenchmark extends SpringBrowserlessTest {

    static final int WARM = 5;
    static final int OPENS = 20;

    @Autowired
    Generator generator;
    @Autowired
    ProjectService projects;
    @Autowired
    SourceService sources;
    @Autowired
    ProposalService proposals;

    @Test
    @WithUserDetails("dave")
    void printsTheServerTimeToOpenTheTimeline() throws IOException {
        ProjectId sample = projects.create(new ProjectData("Open bench sample " + UUID.randomUUID(), "")).id();
        String[] lines = read("sources.tsv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            if (f.length >= 4) {
                sources.importText(sample, new SourceData(f[3], f[1], LocalDate.parse(f[2].strip()), null, null, "en", read(f[0])));
            }
        }
        var drafted = proposals.refresh(sample);
        var generated = generator.generate("Open bench " + UUID.randomUUID(), 1000, 10_000, 50_000, 42);
        print("sample project (" + drafted.open() + " proposals)", sample.value());
        print("10,000-event project", generated.projectId());
    }

    private void print(String label, long project) {
        Map<String, String> params = Map.of("projectId", String.valueOf(project));
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < WARM + OPENS; i++) {
            UI.getCurrent().navigate("profile");
            roundTrip();
            long t = System.nanoTime();
            TimelineView view = navigate(TimelineView.class, params);
            view.grid.getDataCommunicator().setViewportRange(0, 50);
            roundTrip();
            if (i >= WARM) {
                micros.add((System.nanoTime() - t) / 1000);
            }
            assertThat(view.isAttached()).isTrue();
        }
        Collections.sort(micros);
        System.out.printf("BENCH timeline open, %s: n=%d median=%.1f ms p95=%.1f ms max=%.1f ms%n", label, micros.size(),
                micros.get(micros.size() / 2) / 1000.0, micros.get((int) Math.ceil(micros.size() * 0.95) - 1) / 1000.0,
                micros.getLast() / 1000.0);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = new ClassPathResource("seeds/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
