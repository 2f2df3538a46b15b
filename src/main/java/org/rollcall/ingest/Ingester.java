package org.rollcall.ingest;

import java.nio.file.Path;
import java.util.List;
import org.rollcall.config.SourceDefinition;

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
        return read(source, n -> { });
    }

    /** Reads the source, telling {@code progress} the number of rows read so far. */
    public IngestSink read(SourceDefinition source, java.util.function.LongConsumer progress) {
        IngestSink sink = new IngestSink(source).onProgress(progress);
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
            java.time.LocalDate when = source.snapshotDate(file.getFileName().toString());
            for (int i = claimsBefore; i < sink.claims().size(); i++) {
                sink.claims().set(i, sink.claims().get(i).withDate(when));
            }
        }
        return sink;
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
