package org.rollcall.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

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
public record RunHeader(String job, String run, List<Source> sources, boolean firstRun, double matchThreshold, double reviewThreshold,
        String baselineRun, boolean sameFiles, List<String> alerts) {

    /**
     * @param baselineRun the run the changes are measured against ("2026-11-21T020000Z"), {@code null} when not known
     * @param sameFiles true when this run read the very same files as {@code baselineRun}
     * @param alerts what a reader quoting any figure must know first (a source that fell sharply since the baseline)
     */
    public RunHeader {
        sources = List.copyOf(sources);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    public RunHeader(String job, String run, List<Source> sources, boolean firstRun, double matchThreshold, double reviewThreshold) {
        this(job, run, sources, firstRun, matchThreshold, reviewThreshold, null, false, List.of());
    }

    /**
     * A source as the report names it.
     *
     * @param files the files read, as shown (relative to the job's folder)
     * @param snapshot the date the source describes, {@code null} when unknown
     * @param unread the files (or sheets) that could not be read, each as "file: why"; the figures were made without them
     * @param warnings what a reader quoting the figures must know of the source, each a sentence in the report's language naming it:
     *     rows rejected, decisions or statuses the job file does not map, several snapshots of one list read together
     * @param dates each file's snapshot date, in the order of {@code files} ({@code null} when unknown); empty when not known
     * @param rejected rows of the source's readable files that were rejected (each in rejected-rows), said on the source's line
     */
    public record Source(String id, List<String> files, LocalDate snapshot, List<String> unread, List<String> warnings, List<LocalDate> dates,
            long rejected) {

        public Source {
            files = List.copyOf(files);
            unread = List.copyOf(unread);
            warnings = List.copyOf(warnings);
            dates = Collections.unmodifiableList(new ArrayList<>(dates));
        }

        public Source(String id, List<String> files, LocalDate snapshot, List<String> unread) {
            this(id, files, snapshot, unread, List.of(), List.of(), 0);
        }

        public Source(String id, List<String> files, LocalDate snapshot) {
            this(id, files, snapshot, List.of());
        }

        /** True when the files are of more than one date: one date would hide that the source spans several. */
        public boolean severalDates() {
            return dates.size() == files.size() && dates.stream().filter(Objects::nonNull).distinct().count() > 1;
        }
    }

    /** Every warning of every source, in the job file's order of sources (each names its source). */
    public List<String> warnings() {
        return sources.stream().flatMap(s -> s.warnings().stream()).toList();
    }

    /** Every file of every source that could not be read (in whole or in part), as "source: file: why". */
    public List<String> unread() {
        return sources.stream().flatMap(s -> s.unread().stream().map(u -> s.id() + ": " + u)).toList();
    }
}
