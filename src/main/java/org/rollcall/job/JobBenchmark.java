package org.rollcall.job;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rollcall.RollcallException;
import org.rollcall.match.LinkageScore;
import org.rollcall.sample.BenchmarkLists;

/**
 * {@code benchmark-job <records> [folder]}: generates the nightly job's three lists at that size
 * (NGO CSV ~40 %, communiqué ~22 %, court rulings ~38 %; {@link BenchmarkLists}), runs the real
 * job on them exactly as {@code rollcall run} does (H2 in a fresh data folder, every step, every
 * report), and prints the time of each step, the peak heap, the database's and the data folder's
 * size, and the pairwise quality of entities.csv against the generator's truth. Run it with the
 * heap to test: {@code java -Xmx2g -jar target/rollcall.jar benchmark-job 1000000}.
 */
final class JobBenchmark {

    private JobBenchmark() {
    }

    static int run(int n, Path folder, PrintStream out, PrintStream err) throws IOException {
        Path dir = folder.toAbsolutePath().normalize().resolve("job-" + n);
        deleteTree(dir);
        long t0 = System.nanoTime();
        BenchmarkLists.Written lists;
        try (Progress progress = new Progress(out::println, "benchmark-job", Progress.periodic(System.getenv()))) {
            progress.begin("generate", "records", n);
            lists = BenchmarkLists.write(dir.resolve("input"), n, 42);
            progress.end(lists.records());
        }
        out.printf("generated %,d records (NGO %,d, communiqué %,d, rulings %,d; %,d people) in %.1f s (not counted below)%n",
                lists.records(), lists.ngoRows(), lists.announced(), lists.rulings(), lists.people(), (System.nanoTime() - t0) / 1e9);
        Path job = writeJob(dir);
        Path data = dir.resolve("data");

        HeapSampler heap = HeapSampler.start();
        long s0 = System.nanoTime();
        int code = Cli.runJob(job, new String[] {"--rollcall.data-dir=" + data}, out, err);
        double wall = (System.nanoTime() - s0) / 1e9;
        long peak = heap.stop();

        out.printf("exit code            %d%n", code);
        out.printf("job wall             %.2f s (Spring context start and stop included)%n", wall);
        printSteps(JobDatabase.base(data, "bench"), out);
        out.printf("peak heap            %,d MiB used (sampled every 20 ms, garbage included; max heap %,d MiB)%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf("heap after GC        %,d MiB at most (used right after a collection: what the run holds, softly kept stage copies included)%n",
                heap.afterCollections() >> 20);
        Path database = JobDatabase.base(data, "bench").resolveSibling("bench.mv.db");
        out.printf("database             %,d MiB (%s)%n", size(database) >> 20, database);
        out.printf("data folder          %,d MiB, of which stage files %,d MiB%n", size(data) >> 20, size(data.resolve("stages")) >> 20);
        out.printf("reports              %,d MiB (%s)%n", size(dir.resolve("output/bench/latest")) >> 20, dir.resolve("output/bench/latest"));
        if (code == ExitCode.COMPLETED.code()) {
            LinkageScore quality;
            try (Progress progress = new Progress(out::println, "benchmark-job", Progress.periodic(System.getenv()))) {
                progress.begin("quality", "records", lists.records());
                quality = quality(dir.resolve("output/bench/latest/entities.csv"), dir.resolve("input/truth.csv"));
                progress.end(lists.records());
            }
            out.println("quality              " + quality.toString().replace("\n", "\n                     "));
        }
        return code;
    }

    private static Path writeJob(Path dir) throws IOException {
        Path in = dir.resolve("input");
        String yaml = """
                name: bench
                description: generated lists for the job benchmark (fictional people)
                sources:
                  - id: ngo
                    kind: ngo-list
                    path: "%s"
                    format: csv
                    snapshot-date: 2026-11-15
                    date-formats: ["dd/MM/yyyy"]
                    columns:
                      record-ref: "N°"
                      full-name: Nombre
                      id-number: "Cédula"
                      birth-date: Nacimiento
                      detention-date: "Detención"
                      place: Estado
                      offence: Delito
                  - id: amnistia
                    kind: announcement
                    path: "%s"
                    format: txt
                    snapshot-date: 2026-11-20
                  - id: tribunales
                    kind: court-rulings
                    path: "%s"
                    format: csv
                    snapshot-date: 2026-11-21
                    date-formats: ["dd/MM/yyyy"]
                    columns:
                      case-number: Expediente
                      court: Tribunal
                      full-name: Imputado
                      id-number: "Cédula"
                      offence: Delito
                      decision: "Decisión"
                      decision-date: Fecha
                    decisions:
                      granted: ["Amnistía otorgada"]
                      denied: ["Amnistía negada"]
                      military-jurisdiction: ["Remitido a jurisdicción militar"]
                      under-review: ["En revisión"]
                matching:
                  blocking: [%s]
                report:
                  output-dir: "%s"
                """.formatted(in.resolve("ngo.csv"), in.resolve("comunicado.txt"), in.resolve("decisiones.csv"),
                String.join(", ", BenchmarkCommand.BLOCKING), dir.resolve("output"));
        Path job = dir.resolve("bench.yaml");
        Files.writeString(job, yaml);
        return job;
    }

    /** Each step's time as the job repository recorded it. */
    private static void printSteps(Path database, PrintStream out) {
        String url = "jdbc:h2:file:" + database + ";IFEXISTS=TRUE";
        String sql = "SELECT s.STEP_NAME, DATEDIFF('MILLISECOND', s.START_TIME, s.END_TIME), s.STATUS FROM BATCH_STEP_EXECUTION s "
                + "ORDER BY s.STEP_EXECUTION_ID";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.printf("step %-15s %7.2f s %s%n", rs.getString(1), rs.getLong(2) / 1000.0, rs.getString(3));
            }
        } catch (SQLException e) {
            out.println("step times           not available (" + e.getMessage() + ")");
        }
    }

    /** Pairwise precision, recall and F1 of entities.csv against truth.csv (source, record_id, person). */
    static LinkageScore quality(Path entities, Path truth) throws IOException {
        Map<String, String> predicted = read(entities, "entity_id");
        Map<String, String> actual = read(truth, "person");
        int all = actual.size();
        actual.keySet().retainAll(predicted.keySet());
        if (actual.size() != all) {
            System.out.printf("                     %,d of the %,d generated records are not in entities.csv (rejected or lost): not scored%n",
                    all - actual.size(), all);
        }
        return LinkageScore.of(predicted, actual);
    }

    private static Map<String, String> read(Path csv, String valueColumn) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Reader r = Files.newBufferedReader(csv)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.put(rec.get("source") + "|" + rec.get("record_id"), rec.get(valueColumn));
            }
        }
        return out;
    }

    private static long size(Path p) {
        if (!Files.exists(p)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new RollcallException("cannot clear the benchmark folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
