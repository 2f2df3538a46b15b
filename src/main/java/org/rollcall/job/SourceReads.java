package org.rollcall.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rollcall.config.JobDefinition;
import org.rollcall.config.SourceDefinition;
import org.rollcall.ingest.Claim;
import org.rollcall.ingest.SourceAccount;
import org.rollcall.reconcile.SourceDrops;
import org.rollcall.text.Messages;

/** What a run read of each source ({@link SourceDrops.Read}), from its accounts and claims, and how a fall of one is said. */
final class SourceReads {

    private SourceReads() {
    }

    /** One read per source of the job file, in its order: records, the totals row's total, the files' fingerprint. */
    static List<SourceDrops.Read> of(JobDefinition def, List<SourceAccount> accounts, List<Claim> claims) {
        Map<String, SourceDrops.Read> out = new LinkedHashMap<>();
        for (SourceDefinition s : def.sources()) {
            long records = accounts.stream().filter(a -> a.sourceId().equals(s.id())).mapToLong(SourceAccount::records).sum();
            Long stated = claims.stream().filter(c -> c.sourceId().equals(s.id()) && c.subject().equals("stated-total"))
                    .map(Claim::value).reduce(Long::sum).orElse(null);
            TreeSet<String> files = new TreeSet<>();
            accounts.stream().filter(a -> a.sourceId().equals(s.id())).forEach(a -> files.add(a.file()));
            out.put(s.id(), new SourceDrops.Read(s.id(), records, stated, fingerprint(def.baseDir(), files)));
        }
        return List.copyOf(out.values());
    }

    /**
     * A SHA-256 of the files' names, sizes and modification times: two runs with the same one read
     * the very same files (no file's content is hashed: a million-record list would cost a second).
     */
    static String fingerprint(Path baseDir, Iterable<String> files) {
        StringBuilder text = new StringBuilder();
        for (String f : files) {
            Path p = baseDir.resolve(f);
            String stamp;
            try {
                stamp = Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
            } catch (IOException e) {
                stamp = "?";
            }
            text.append(f).append('|').append(stamp).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The warning of a source that fell sharply, naming it, both counts, the baseline run and the likely causes. */
    static String dropWarning(SourceDrops.Drop d, String baselineRun, Messages words) {
        String warning = words.format("warn.source-fell", d.sourceId(), String.valueOf(d.before()), String.valueOf(d.now()), baselineRun,
                String.valueOf(Math.round(100.0 * (d.before() - d.now()) / d.before())));
        return d.totalGone() ? warning + " " + words.format("warn.source-fell-total", String.valueOf(d.totalBefore())) : warning;
    }
}
