package org.rollcall.ingest;

import java.nio.file.Path;
import java.util.List;
import org.rollcall.config.SourceDefinition;

/** Reads a source file into its sink. One class per format. */
public interface TabularReader {

    /**
     * The header row of the file as the source locates it, or {@code null} when none is found.
     * Used to validate the column mapping before a run starts.
     */
    List<String> header(SourceDefinition source, Path file);

    /**
     * Reads every row: usable ones as records, unusable ones as rejected rows with a reason.
     *
     * @param displayFile the file's name as reports show it
     * @throws SourceReadException when the file as a whole cannot be read
     */
    void read(SourceDefinition source, Path file, String displayFile, IngestSink sink);
}
