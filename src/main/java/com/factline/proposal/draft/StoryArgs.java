package com.factline.proposal.draft;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The arguments the story-folder commands share: flags without a value, {@code --gold GOLD_DIR} and one or more
 * story folders, each of which must hold a {@code sources.tsv}.
 */
record StoryArgs(Set<String> flags, @Nullable Path goldDir, List<Path> dirs) {

    /** Parses the arguments, or prints what is wrong (with the usage) to {@code err} and returns null. */
    static @Nullable StoryArgs parse(String[] args, Set<String> knownFlags, String usage, PrintStream err) {
        Set<String> flags = new HashSet<>();
        Path goldDir = null;
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (knownFlags.contains(a)) {
                flags.add(a);
            } else if (a.equals("--gold")) {
                if (i + 1 >= args.length || !Files.isDirectory(Path.of(args[i + 1]))) {
                    err.println("error: --gold needs a folder that holds <story>/gold.json; " + usage);
                    return null;
                }
                goldDir = Path.of(args[++i]);
            } else if (a.startsWith("-")) {
                err.println("error: unknown option " + a + "; " + usage);
                return null;
            } else {
                dirs.add(Path.of(a));
            }
        }
        if (dirs.isEmpty()) {
            err.println("error: no story folder; " + usage);
            return null;
        }
        for (Path d : dirs) {
            if (!Files.isRegularFile(d.resolve("sources.tsv"))) {
                err.println("error: " + d + " is not a story folder (no sources.tsv)");
                return null;
            }
        }
        return new StoryArgs(flags, goldDir, dirs);
    }

    /** Whether the story's gold was read from the {@code --gold} folder rather than from the story folder itself. */
    boolean fromGoldDir(StoryFolder story) {
        return story.goldFile() != null && goldDir != null && story.goldFile().startsWith(goldDir);
    }

    /**
     * Prints the total lines after the stories' own: the stories scored on their folder's gold and those scored on
     * the {@code --gold} folder's apart when there are both, then all of them when more than one folder was given.
     */
    void printTotals(PrintStream out, int ownStories, Function<String, String> own, int extraStories,
            Function<String, String> extra, Function<String, String> total) {
        if (ownStories > 0 && extraStories > 0) {
            out.println(own.apply("FOLDER-GOLD (" + ownStories + ")"));
            out.println(extra.apply("GOLD-DIR (" + extraStories + ")"));
        }
        if (dirs.size() > 1) {
            out.println(total.apply("OVERALL"));
        }
    }
}
