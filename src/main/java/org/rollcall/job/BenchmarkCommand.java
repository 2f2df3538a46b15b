package org.rollcall.job;

import java.util.HashMap;
import org.rollcall.match.LinkageScore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rollcall.domain.Field;
import org.rollcall.config.MatchSettings;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.SourceKind;
import org.rollcall.ingest.IngestSink;
import org.rollcall.ingest.Ingester;
import org.rollcall.match.MatchConfigs;
import org.rollcall.match.Linker;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.RecordNormalizer;
import org.rollcall.sample.BenchmarkData;
import org.rollcall.text.Messages;

/**
 * {@code benchmark <records> [folder]}: generates that many NGO-style records (duplicates and
 * namesakes), then times ingest (CSV reading), normalisation and matching (blocking, comparison,
 * model fitting, scoring, clustering) in this JVM, and prints records per second, candidate pairs,
 * clusters and peak heap. Run it with the heap you want to test, e.g. {@code java -Xmx2g -jar ...}.
 */
final class BenchmarkCommand {

    /** Blocking for large lists: names alone are too common at a million records, so name pairs go with the birth date. */
    static final List<String> BLOCKING = List.of("id-number", "name-set", "name-pair + birth-date");

    private BenchmarkCommand() {
    }

    static void run(int n, Path dir, PrintStream out) throws IOException {
        try (Progress progress = new Progress(out::println, "benchmark", Progress.periodic(System.getenv()))) {
            run(n, dir, out, progress);
        }
    }

    /** The benchmark, telling {@code progress} each phase (generate, ingest, normalise, the matcher's phases, quality). */
    private static void run(int n, Path dir, PrintStream out, Progress progress) throws IOException {
        Path csv = dir.resolve("benchmark-" + n + ".csv");
        long t0 = System.nanoTime();
        progress.begin("generate", "records", n);
        BenchmarkData.write(csv, n, 42);
        progress.end(n);
        long t1 = System.nanoTime();
        out.printf("generated %,d records in %.1f s (%s, %,d bytes; not counted below)%n", n, secs(t0, t1), csv, Files.size(csv));
        HeapSampler heap = HeapSampler.start();

        SourceDefinition source = new SourceDefinition("bench", SourceKind.NGO_LIST, csv.getFileName().toString(), SourceFormat.CSV, null, null, null, null,
                Map.of(Field.RECORD_REF, "N°", Field.FULL_NAME, "Nombre", Field.ID_NUMBER, "Cédula", Field.BIRTH_DATE, "Nacimiento"),
                List.of(), null, Map.of(), Map.of());
        long s0 = System.nanoTime();
        progress.begin("ingest", "rows", n + 1L);
        IngestSink sink = new Ingester(dir).read(source, progress, Messages.of("en"));
        progress.end(sink.records().size() + sink.rejected().size());
        long s1 = System.nanoTime();
        RecordNormalizer normalizer = new RecordNormalizer(source);
        List<PersonRecord> records = new ArrayList<>(sink.records().size());
        progress.begin("normalise", "records", sink.records().size());
        sink.records().forEach(r -> {
            records.add(normalizer.normalize(r));
            progress.tick(records.size());
        });
        progress.end(records.size());
        sink.records().clear();
        long s2 = System.nanoTime();
        MatchSettings settings = new MatchSettings(null, null, null, null, BLOCKING, null, null, null, null, null, null, null);
        Linker.Result result = new Linker(MatchConfigs.from(settings, List.of(source))).withProgress(progress).match(records);
        long s3 = System.nanoTime();
        progress.begin("quality", "records", records.size());
        LinkageScore quality = quality(csv, records, result);
        progress.end(records.size());

        out.printf("records              %,d (%,d rejected); blocking %s%n", records.size(), sink.rejected().size(), BLOCKING);
        out.printf("ingest               %.2f s%n", secs(s0, s1));
        out.printf("normalise            %.2f s%n", secs(s1, s2));
        out.printf("match                %.2f s (blocking, comparison, model fit, scoring, clustering)%n", secs(s2, s3));
        out.printf("total                %.2f s, %,.0f records/s%n", secs(s0, s3), records.size() / secs(s0, s3));
        out.printf("match phases (ms)    %s%n", result.linkage().millis());
        out.printf("candidate pairs      %,d %s%n", result.linkage().candidatePairs(), result.linkage().pairsByRule());
        out.printf("clusters             %,d%n", result.linkage().clusters());
        out.printf("linked/review pairs  %,d%n", result.pairs().size());
        out.printf("peak heap            %,d MiB used (sampled every 20 ms; max heap %,d MiB)%n", heap.stop() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        out.println("quality              " + quality.toString().replace("\n", "\n                     "));
    }

    /** Pairwise quality against the generator's truth (the unmapped persona column). */
    private static LinkageScore quality(Path csv, List<PersonRecord> records, Linker.Result result) throws IOException {
        Map<String, String> truth = new HashMap<>();
        try (var lines = Files.lines(csv)) {
            lines.skip(1).forEach(l -> truth.put(l.substring(0, l.indexOf(',')), l.substring(l.lastIndexOf(',') + 1)));
        }
        Map<String, String> predicted = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            predicted.put(records.get(i).recordRef(), String.valueOf(result.linkage().clusterOf()[i]));
        }
        return LinkageScore.of(predicted, truth);
    }

    private static double secs(long a, long b) {
        return (b - a) / 1e9;
    }
}
