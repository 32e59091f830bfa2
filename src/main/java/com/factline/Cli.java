package com.factline;

import com.factline.demo.Generator;
import com.factline.project.ProjectId;
import com.factline.security.UserService;
import com.factline.timeline.Event;
import com.factline.timeline.EventFilter;
import com.factline.timeline.EventService;
import com.factline.timeline.EventStatus;
import com.factline.timeline.TimelineBand;
import com.factline.timeline.AxisMarks;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The database-backed command-line tools: {@code generate} and {@code bench}. */
final class Cli {

    private Cli() {
    }

    static int run(String command, String[] args) {
        String project = option(args, "--project", null);
        if (project == null || project.isBlank()) {
            System.err.println(command + ": --project NAME is required");
            return 2;
        }
        // The full app (security and Vaadin need the servlet context) on a free port, used only in-process.
        String[] springArgs = java.util.stream.Stream.concat(Arrays.stream(args).filter(a -> a.startsWith("--spring.") || a.startsWith("--factline.")),
                java.util.stream.Stream.of("--server.port=0")).toArray(String[]::new);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FactlineApplication.class)
                .logStartupInfo(false).run(springArgs)) {
            var dave = ctx.getBean(UserService.class).findByUsername("dave").or(() -> ctx.getBean(UserService.class).findByUsername("admin"));
            var details = ctx.getBean(UserService.class).loadUserByUsername(dave.orElseThrow().username());
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
            if (command.equals("generate")) {
                var r = ctx.getBean(Generator.class).generate(project, intOption(args, "--sources", 1000), intOption(args, "--events", 10000),
                        intOption(args, "--claims", 50000), 42);
                System.out.printf("generated project %d \"%s\": %d sources, %d events, %d claims in %d ms%n", r.projectId(), project,
                        r.sources(), r.events(), r.claims(), r.millis());
            } else {
                bench(ctx, project);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(command + ": " + e.getMessage());
            return 2;
        }
    }

    /**
     * Server-side cost of the timeline view on a project: the first render (what the lazy view
     * loads on opening: the bands with their counts, the axis marks and the first screenful of
     * events), a filtered render, and the memory that data holds per open view.
     */
    private static void bench(ConfigurableApplicationContext ctx, String name) {
        long id = ctx.getBean(JdbcClient.class).sql("select id from project where name = ?").param(name).query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("no project named " + name));
        EventService events = ctx.getBean(EventService.class);
        ProjectId p = new ProjectId(id);
        EventFilter filtered = new EventFilter("Moscow", null, Set.of(EventStatus.VERIFIED), null, null, false);
        long t0 = System.nanoTime();
        ViewData first = render(events, p, EventFilter.all());
        long cold = (System.nanoTime() - t0) / 1_000_000;
        List<Long> render = new ArrayList<>();
        List<Long> filter = new ArrayList<>();
        List<Long> full = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long s = System.nanoTime();
            render(events, p, EventFilter.all());
            render.add((System.nanoTime() - s) / 1_000_000);
            s = System.nanoTime();
            render(events, p, filtered);
            filter.add((System.nanoTime() - s) / 1_000_000);
            s = System.nanoTime();
            events.timeline(p, EventFilter.all());
            full.add((System.nanoTime() - s) / 1_000_000);
        }
        Collections.sort(render);
        Collections.sort(filter);
        Collections.sort(full);
        int n = 20;
        long before = usedAfterGc();
        List<ViewData> held = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            held.add(render(events, p, EventFilter.all()));
        }
        long perView = (usedAfterGc() - before) / n;
        long fullBefore = usedAfterGc();
        List<List<Event>> fullHeld = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fullHeld.add(events.timeline(p, EventFilter.all()));
        }
        long fullPerView = (usedAfterGc() - fullBefore) / fullHeld.size();
        System.out.printf("bench timeline project=\"%s\" events=%d bands=%d axis_marks=%d first_render_cold_ms=%d first_render_median_ms=%d "
                        + "filter_median_ms=%d timeline_data_per_view_kb=%d (held: bands, axis marks, first %d events; %d views) "
                        + "for comparison: all_events_query_median_ms=%d all_events_kb=%d%n",
                name, first.bands().stream().mapToInt(TimelineBand::count).sum(), first.bands().size(), first.axis().marks().size(), cold,
                render.get(render.size() / 2), filter.get(filter.size() / 2), perView / 1024, first.events().size(), held.size(),
                full.get(full.size() / 2), fullPerView / 1024);
    }

    /** What an opened timeline view loads and keeps: bands, axis marks, and the events of its first screenful of rows. */
    record ViewData(List<TimelineBand> bands, AxisMarks axis, List<Event> events) {
    }

    private static ViewData render(EventService events, ProjectId p, EventFilter f) {
        List<TimelineBand> bands = events.bands(p, f);
        AxisMarks axis = events.axis(p, f, 800);
        List<Event> page = new ArrayList<>();
        // The grid asks for about 50 rows: band headings and the events under them.
        int rows = 0;
        for (TimelineBand b : bands) {
            if (rows >= 50) {
                break;
            }
            List<Event> e = events.timeline(p, f, b, 0, Math.min(50, b.count()));
            page.addAll(e);
            rows += 1 + e.size();
        }
        return new ViewData(bands, axis, page);
    }

    private static long usedAfterGc() {
        var mem = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return mem.getHeapMemoryUsage().getUsed();
    }

    static String option(String[] args, String name, String dflt) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }

    static int intOption(String[] args, String name, int dflt) {
        String v = option(args, name, null);
        try {
            return v == null ? dflt : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number, not " + v);
        }
    }
}
