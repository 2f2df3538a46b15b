package org.rollcall.sample.other;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.rollcall.RollcallException;
import org.rollcall.sample.SampleTruth;
import org.rollcall.sample.SampleTruth.TruthRecord;

/**
 * A second, independent generator of fictional detainee lists, for measuring rollcall on data it
 * was not shaped on: names from datafaker's Spanish locales (see {@link NameSource}), not from the
 * parser's lexicon or the nightly sample's generator; conventions of other NGOs and other
 * government layouts ({@link Layout}); and a truth computed from what was written, never from
 * rollcall's pipeline ({@link TruthFigures}).
 *
 * <p>Writes, in {@code folder}: the three source files of the layout and {@code truth.json} (the
 * shape of {@code input/sample-truth.json}: figures, every usable record with its person and
 * written name, and the people behind each figure), readable by {@code rollcall score}.
 */
public final class IndependentLists {

    /** The truth file's name in a generated folder. */
    public static final String TRUTH = "truth.json";

    private IndependentLists() {
    }

    /**
     * Generates one set of lists.
     *
     * @param folder where the files go (created)
     * @param layout the conventions the files follow
     * @param people persons the NGO counts (about 650 in the real case; at least 50)
     * @param seed the same seed, layout and size give the same files
     * @return the truth, also written to {@code folder/truth.json}
     */
    public static SampleTruth generate(Path folder, Layout layout, int people, long seed) {
        if (people < 50) {
            throw new IllegalArgumentException("people must be at least 50, was " + people);
        }
        Random rnd = new Random(seed);
        World world = new WorldBuilder(rnd, NameSource.load()).build(people);
        List<TruthRecord> records = new ArrayList<>();
        try {
            if (layout == Layout.B) {
                new LayoutBWriter(records).write(world, folder);
            } else {
                new LayoutCWriter(records).write(world, folder);
            }
            TruthFigures figures = TruthFigures.of(world);
            SampleTruth truth = new SampleTruth(figures.figures(), List.copyOf(records), figures.lists());
            truth.write(folder.resolve(TRUTH));
            return truth;
        } catch (IOException e) {
            throw new RollcallException("cannot write the " + layout + " lists in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code generate <folder> <B|C> [people] [seed]} or
     * {@code score <entities.csv> <truth.json> [summary.json]}.
     */
    public static void main(String[] args) {
        if (args.length >= 3 && args[0].equals("generate")) {
            Layout layout = Layout.valueOf(args[2].toUpperCase(Locale.ROOT));
            int people = args.length > 3 ? Integer.parseInt(args[3]) : 650;
            long seed = args.length > 4 ? Long.parseLong(args[4]) : 20261124L + layout.ordinal();
            SampleTruth t = generate(Path.of(args[1]), layout, people, seed);
            System.out.println("layout " + layout + ": " + t.records().size() + " records, " + t.figures().get("people") + " people in " + args[1]);
        } else if (args.length >= 3 && args[0].equals("score")) {
            System.out.print(QualityReport.of(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Path.of(args[3]) : null));
        } else {
            System.err.println("usage: generate <folder> <B|C> [people] [seed] | score <entities.csv> <truth.json> [summary.json]");
            System.exit(64);
        }
    }
}
