package org.rollcall.ingest;

import java.time.LocalDate;
import org.rollcall.domain.ProgressListener;
import org.rollcall.text.Messages;
import java.nio.file.Path;
import java.util.List;
import org.rollcall.config.SourceDefinition;
import org.rollcall.domain.SourceKind;

/**
 * Reads every file of a source. A file that cannot be read at all becomes one rejected entry
 * naming it and the fix; the source's other files, and the other sources, still run.
 */
public final class Ingester {

    private final Path baseDir;

    public Ingester(Path baseDir) {
        this.baseDir = baseDir;
    }

    public IngestSink read(SourceDefinition source) {
        return read(source, ProgressListener.NONE, Messages.of("en"));
    }

    /**
     * Reads the source, telling {@code progress} the rows handled so far (and their total when a file
     * tells it), with reasons of rejected rows in a report's language. The caller begins and ends
     * the progress's phase.
     */
    public IngestSink read(SourceDefinition source, ProgressListener progress, Messages messages) {
        IngestSink sink = new IngestSink(source).onProgress(progress).inLanguage(messages);
        List<Path> files = SourceFiles.resolve(baseDir, source.path());
        if (files.isEmpty()) {
            sink.reject(source.path(), null, 0, "no file matches '" + source.path() + "'; put the file there or fix 'path'", "");
        }
        for (Path file : files) {
            String display = SourceFiles.display(baseDir, file);
            int claimsBefore = sink.claims().size();
            if (file.toFile().length() == 0) {
                sink.reject(display, source.sheet(), 0, "the file is empty (0 bytes); put the list in it, or remove it from the folder", "");
                continue;
            }
            try {
                switch (source.format()) {
                    case XLSX -> new XlsxReader().read(source, file, display, sink);
                    case CSV -> new CsvReader().read(source, file, display, sink);
                    case TXT -> new CommuniqueReader().read(source, file, display, sink);
                    case HTML -> new CommuniqueReader().read(source, DocumentText.html(file), display, sink);
                    case PDF -> new CommuniqueReader().read(source, DocumentText.pdf(file), display, sink);
                    case JSON -> new AnnouncementJsonReader().read(source, file, display, sink);
                }
            } catch (SourceReadException e) {
                sink.reject(display, source.sheet(), 0, e.getMessage(), "");
            }
            settle(sink, display, sink.claims().subList(claimsBefore, sink.claims().size()));
            StatedFigures.check(sink, display, sink.claims().subList(claimsBefore, sink.claims().size()), sink.account(display).records());
            LocalDate when = source.snapshotDate(file.getFileName().toString());
            for (int i = claimsBefore; i < sink.claims().size(); i++) {
                sink.claims().set(i, sink.claims().get(i).withDate(when));
            }
        }
        return sink;
    }

    /**
     * Turns a file's account into a file-level problem when the file yields no record (nor, for an
     * announcement, a stated figure), loses more rows than it keeps, or has rows its reader did not
     * account for: each of these is a number that would otherwise be silently wrong.
     */
    static void settle(IngestSink sink, String display, List<Claim> claims) {
        SourceAccount a = sink.account(display);
        if (a.problem() != null) {
            return;
        }
        String sheet = sink.source().sheet();
        boolean stated = sink.source().kind() == SourceKind.ANNOUNCEMENT
                && claims.stream().anyMatch(c -> !c.subject().equals("stated-total") && !c.subject().equals("list-numbering"));
        if (!a.balanced()) {
            sink.reject(display, sheet, 0, "of its " + a.read() + " rows, " + a.records() + " became records, " + a.rejected()
                    + " were rejected and " + a.ignoredTotal() + " ignored " + a.ignored() + ": " + (a.read() - a.records() - a.rejected()
                    - a.ignoredTotal()) + " are unaccounted for, so its figures cannot be trusted; this is a rollcall defect, please report it"
                    + " with the file", "");
        } else if (a.records() == 0 && !stated) {
            sink.reject(display, sheet, 0, "yields no record: " + a.read() + " rows read, " + a.rejected() + " rejected, ignored "
                    + a.ignored() + "; check that this is the list you meant and that sheet, header-row and columns in the job file"
                    + " match it", "");
        } else if (a.rejected() > a.records()) {
            sink.reject(display, sheet, 0, "loses more rows than it keeps: " + a.rejected() + " rejected, " + a.records()
                    + " kept; the file's layout is probably not what the job file says (delimiter, header-row, columns); see its rejected"
                    + " rows for the reasons", "");
        }
    }

    /** The reader that validates a tabular format's header, or {@code null} for text. */
    public static TabularReader tabular(SourceDefinition source) {
        return switch (source.format()) {
            case XLSX -> new XlsxReader();
            case CSV -> new CsvReader();
            case TXT, HTML, PDF, JSON -> null;
        };
    }
}
