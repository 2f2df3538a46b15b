package org.rollcall.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report says about its run before the figures: which run, of which job, on what sources.
 *
 * @param job the job's name
 * @param run the run's name, its UTC start (e.g. 2026-11-24T150748Z)
 * @param sources each source with the files read and its snapshot date, in the job file's order
 * @param firstRun true on the job's first run: there is nothing to compare with
 * @param matchThreshold probability at or above which two records are linked
 * @param reviewThreshold probability at or above which an unlinked pair is asked of a person
 */
public record RunHeader(String job, String run, List<Source> sources, boolean firstRun, double matchThreshold, double reviewThreshold) {

    public RunHeader {
        sources = List.copyOf(sources);
    }

    /**
     * A source as the report names it.
     *
     * @param files the files read, as shown (relative to the job's folder)
     * @param snapshot the date the source describes, {@code null} when unknown
     */
    public record Source(String id, List<String> files, LocalDate snapshot) {

        public Source {
            files = List.copyOf(files);
        }
    }
}
