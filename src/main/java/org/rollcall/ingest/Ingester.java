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
        return read(source, progress, messages, List.of());
    }

    /**
     * As above, an announcement's figures read against {@code prior}, the claims of the announcement sources read before it
     * (those dated no later than each file).
     */
    public IngestSink read(SourceDefinition source, ProgressListener progress, Messages messages, List<Claim> prior) {
        IngestSink sink = new IngestSink(source).onProgress(progress).inLanguage(messages).withPrior(prior);
        List<Path> files = SourceFiles.resolve(baseDir, source.path());
        for (Path lock : SourceFiles.ownerFilesMatched(baseDir, source.path())) {
            sink.warn(messages.format("ingest.owner-file-skipped", SourceFiles.display(baseDir, lock), source.path(),
                    SourceFiles.lockedDocument(lock)));
        }
        if (files.isEmpty()) {
            sink.rejectFile(source.path(), null, messages.format("ingest.no-file", source.path()), "");
        }
        for (Path file : files) {
            String display = SourceFiles.display(baseDir, file);
            int claimsBefore = sink.claims().size();
            if (SourceFiles.ownerFile(file)) {
                sink.rejectFile(display, source.sheet(), messages.format("ingest.owner-file", SourceFiles.lockedDocument(file)), "");
                continue;
            }
            if (file.toFile().length() == 0) {
                sink.rejectFile(display, source.sheet(), messages.format("ingest.empty-file"), "");
                continue;
            }
            sink.readingFileOf(source.snapshotDate(file.getFileName().toString()));
            try {
                switch (source.format()) {
                    case XLSX -> new XlsxReader().read(source, file, display, sink);
                    case CSV -> new CsvReader().read(source, file, display, sink);
                    case TXT -> new CommuniqueReader().read(source, file, display, sink);
                    case HTML -> new CommuniqueReader().read(source, DocumentText.html(file), display, sink);
                    case PDF -> new CommuniqueReader().read(source, DocumentText.pdf(file), display, sink);
                    case DOCX -> new CommuniqueReader().read(source, DocumentText.docx(file), display, sink);
                    case JSON -> new AnnouncementJsonReader().read(source, file, display, sink);
                }
            } catch (SourceReadException e) {
                sink.rejectFile(display, source.sheet(), e.in(messages), "");
            }
            settle(sink, display, sink.claims().subList(claimsBefore, sink.claims().size()));
            UnreadDateColumns.check(sink, display);
            UnreadIds.check(sink, display);
            StatedFigures.check(sink, display, sink.claims().subList(claimsBefore, sink.claims().size()), sink.account(display).records());
            LocalDate when = source.snapshotDate(file.getFileName().toString());
            for (int i = claimsBefore; i < sink.claims().size(); i++) {
                sink.claims().set(i, sink.claims().get(i).withDate(when));
            }
        }
        return sink;
    }

    /** The earliest date of the source's files (their names' dates, or its snapshot-date), or {@code null} when none is dated. */
    public LocalDate firstDate(SourceDefinition source) {
        return SourceFiles.resolve(baseDir, source.path()).stream().map(f -> source.snapshotDate(f.getFileName().toString()))
                .filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
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
            sink.rejectFile(display, sheet, sink.messages().format("ingest.unaccounted", s(a.read()), s(a.rowsKept()), s(a.rejected()),
                    s(a.ignoredTotal()), a.ignored(), s(a.read() - a.rowsKept() - a.rejected() - a.ignoredTotal())), "");
        } else if (a.records() == 0 && !stated) {
            sink.rejectFile(display, sheet, sink.messages().format("ingest.no-record", s(a.read()), s(a.rejected()), a.ignored()), "");
        } else if (a.rejected() > a.rowsKept()) {
            sink.rejectFile(display, sheet, sink.messages().format("ingest.loses-rows", s(a.rejected()), s(a.records())), "");
        }
    }

    /** A count as an argument of a message (written as is, without the language's grouping). */
    private static String s(long n) {
        return String.valueOf(n);
    }

    /** The reader that validates a tabular format's header, or {@code null} for text. */
    public static TabularReader tabular(SourceDefinition source) {
        return switch (source.format()) {
            case XLSX -> new XlsxReader();
            case CSV -> new CsvReader();
            case TXT, HTML, PDF, DOCX, JSON -> null;
        };
    }
}
