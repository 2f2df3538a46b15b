package org.rollcall.ingest;

import org.rollcall.config.SourceFormat;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rollcall.domain.Field;
import org.rollcall.config.JobDefinition;
import org.rollcall.config.JobDefinitionException;
import org.rollcall.domain.Problem;
import org.rollcall.config.SourceDefinition;

/**
 * Checks a job's sources against the files before a run starts: every path or glob matches a
 * file, every workbook has its sheet, every mapped column is in the header. A problem here stops
 * the run before anything is written.
 */
public final class SourceCheck {

    private SourceCheck() {
    }

    /** The separator a one-column header seems to use instead of the configured one, or {@code null}. */
    static String separatorHint(SourceDefinition s, List<String> header) {
        if (s.format() != SourceFormat.CSV || header.size() != 1) {
            return null;
        }
        for (String candidate : List.of(";", "\t", "|", ",")) {
            if (header.get(0).contains(candidate) && candidate.charAt(0) != s.delimiterChar()) {
                return candidate.equals("\t") ? "\\t" : candidate;
            }
        }
        return null;
    }

    /** @throws JobDefinitionException listing every problem, each naming the file, key and fix */
    public static void check(JobDefinition def) {
        List<Problem> problems = problems(def);
        if (!problems.isEmpty()) {
            throw new JobDefinitionException(def.file().toString(), problems);
        }
    }

    /** Every problem of the job's sources against the files, each naming the file, key and fix; empty when none. */
    public static List<Problem> problems(JobDefinition def) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < def.sources().size(); i++) {
            SourceDefinition s = def.sources().get(i);
            String where = "sources[" + i + "] (" + s.id() + ")";
            if (s.path() == null || s.format() == null) {
                continue; // the loader has reported it
            }
            List<Path> files = SourceFiles.resolve(def.baseDir(), s.path());
            if (files.isEmpty()) {
                problems.add(new Problem(where + ".path", "'" + s.path() + "' matches no file"
                        + (s.path().startsWith("/") || s.path().matches("[A-Za-z]:[\\\\/].*") ? "" : " (looked in " + def.baseDir() + ")"),
                        "put the file there, fix the path, or run from the folder the paths are relative to", Problem.Kind.INPUT_MISSING));
                continue;
            }
            TabularReader reader = Ingester.tabular(s);
            if (reader == null || !usableDelimiter(s)) {
                continue;
            }
            for (Path file : files) {
                String shown = SourceFiles.display(def.baseDir(), file);
                if (file.toFile().length() == 0 || SourceFiles.ownerFile(file)) {
                    continue; // an empty file, or a lock file named by the path, is reported by the run, which goes on with the other sources
                }
                Problem encoding = encoding(s, where, file, shown);
                if (encoding != null) {
                    problems.add(encoding); // its header is not checked: the names read in the wrong encoding would mislead
                    continue;
                }
                if (s.columns().isEmpty()) {
                    continue;
                }
                try {
                    List<String> header = reader.header(s, file);
                    if (header == null) {
                        problems.add(Problem.jobFile(where + ": " + shown + (s.sheet() == null ? "" : ", sheet '" + s.sheet() + "'"),
                                "no header row with the columns " + s.columns().values()
                                + (s.headerRow() == null ? " in its first " + XlsxReader.HEADER_SEARCH_ROWS + " rows" : " at row " + s.headerRow()),
                                "fix header-row or the column names under columns"));
                        continue;
                    }
                    String duplicates = ColumnMap.duplicates(s.columns(), header);
                    if (duplicates != null) {
                        problems.add(Problem.jobFile(where + ": " + shown, duplicates, ""));
                        continue;
                    }
                    Map<Field, String> missing = ColumnMap.missing(s.columns(), header);
                    String separator = separatorHint(s, header);
                    if (!missing.isEmpty() && separator != null) {
                        problems.add(Problem.jobFile(where, shown + " seems to use '" + separator + "' to separate columns, not '" + s.delimiterChar() + "'",
                                "set delimiter: \"" + separator + "\" under this source (columns read: " + header + ")"));
                        continue;
                    }
                    missing.forEach((field, joined) -> {
                        // of columns joined with " + ", name the part the header lacks
                        String column = ColumnMap.parts(joined).stream().filter(c -> ColumnMap.missing(Map.of(field, c), header).size() == 1)
                                .findFirst().orElse(joined);
                        String closest = ColumnMap.closest(column, header);
                        String[] slip = MacRoman.slip(column, closest);
                        if (slip != null) {
                            problems.add(slip(where, shown, s, column, closest, slip));
                            return;
                        }
                        problems.add(Problem.jobFile(where + ".columns." + field.key(), "column '" + column + "' is not in the header of "
                                + shown + (closest == null ? "" : "; did you mean '" + closest + "'?"), "columns there: "
                                + header.stream().filter(h -> h != null && !h.isBlank()).toList() + ". Fix the column name in the job file"));
                    });
                } catch (LayoutException e) {
                    problems.add(Problem.jobFile(where + ": " + e.problem().location(), e.problem().message(), e.problem().fix()));
                } catch (SourceReadException e) {
                    // an unreadable file (corrupt, password-protected, empty) is not a wrong job file: the run reports it
                    // with what to do and goes on with the other sources
                }
            }
        }
        return problems;
    }

    /**
     * A CSV file in another encoding than the one its source declares ({@link DeclaredEncoding}),
     * or {@code null}: the job file names the fix, never a garbled column name.
     */
    private static Problem encoding(SourceDefinition s, String where, Path file, String shown) {
        if (s.format() != SourceFormat.CSV || s.encoding() == null) {
            return null;
        }
        try {
            Charset declared = Charset.forName(s.encoding());
            DeclaredEncoding.Mismatch m = DeclaredEncoding.of(file, declared);
            if (m == null) {
                return null;
            }
            List<String> garbled = DeclaredEncoding.garbledColumns(s.columns().values(), declared, m);
            return Problem.jobFile(where + ".encoding", shown + " is " + m.actual() + " text, not " + s.encoding()
                    + " as the job file declares: read as " + s.encoding() + ", its '" + m.asActual() + "' comes out '" + m.asDeclared() + "'",
                    "this file is " + m.actual() + ": write encoding: " + m.actual() + " under this source"
                    + (garbled.isEmpty() ? "" : ", and write its column names as the file has them: " + String.join(", ", garbled)));
        } catch (IOException | IllegalArgumentException e) {
            return null; // an unknown encoding is the loader's to report; an unreadable file, the run's
        }
    }

    /**
     * A column name that differs from the header's only by an encoding slip ("Cédula" and "CŽdula"):
     * never advice to write the garbled form, but the file's encoding named, or the job file's
     * garbled name (written after such advice) set right.
     */
    private static Problem slip(String where, String shown, SourceDefinition s, String column, String header, String[] slip) {
        if (slip[2].equals("header")) {
            return Problem.jobFile(where + ".encoding", "the header of " + shown + " has '" + header + "' where the job file has '" + column
                    + "': the same name read in the wrong encoding (the file is " + slip[0] + ", read as " + slip[1] + ")",
                    "keep the column name '" + column + "' and write encoding: " + slip[0] + " under this source (or save the file as CSV UTF-8);"
                    + " never rename the column to the garbled form: every other accented word would stay garbled too");
        }
        return Problem.jobFile(where + ".columns", "the job file's column '" + column + "' is the header's '" + header
                + "' garbled by an encoding slip (" + slip[0] + " read as " + slip[1] + "), written after an earlier run read "
                + shown + " in the wrong encoding", "write the column name as the file has it: '" + header + "'"
                + (s.encoding() == null ? "" : ", and check that encoding: " + s.encoding() + " is the file's own"));
    }

    /** False for a delimiter the job file check refuses (not one character, a quote, a line end): no file is read with it. */
    private static boolean usableDelimiter(SourceDefinition s) {
        return s.delimiter() == null || (s.delimiter().length() == 1 && !"\"\r\n".contains(s.delimiter()));
    }
}
