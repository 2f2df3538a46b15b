package org.rollcall.config;

import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.Status;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Field;
import org.rollcall.domain.IdFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One source of a job, as written in the job file.
 *
 * @param id short name used in reports and in entities.csv ({@code [a-z0-9-]+})
 * @param kind what the source is
 * @param path file path or glob, relative to the directory the job is run from
 * @param format file format
 * @param sheet workbook sheet name (xlsx; the first sheet when absent)
 * @param headerRow 1-based row of the column names (xlsx, csv); found automatically when absent
 * @param delimiter csv field separator, one character (default ",")
 * @param encoding csv character set (default UTF-8)
 * @param columns canonical field → the source's own column name
 * @param dateFormats text date formats, tried in order
 * @param snapshotDate the date the list describes
 * @param decisions canonical decision → the texts the source uses for it (court rulings)
 * @param statuses canonical status → the texts the source uses for it (a status column)
 * @param list json: the key path of the list of people ("beneficiarios", "data.items"); absent: the
 *     built-in layout ({@code people}, {@code announced}, {@code statement})
 * @param twoDigitYearBase the first year a two-digit year ({@code yy} in a date format) can
 *     mean: with 1940, 40–99 are 1940–1999 and 00–39 are 2000–2039; required by such a format
 * @param attributes attribute name ({@code [a-z0-9-]+}) → the source's column: any other column, carried
 *     to the lists and usable by the reconcile rules (e.g. {@code military: "Civil/Militar"})
 * @param events status event ({@link #EVENT_NAMES}) → the phrases that announce it in the notes column, replacing the
 *     default phrases of that event (see {@code normalize.NoteEvents})
 * @param idFormat which ID numbers the source holds: {@link IdFormat#VENEZUELAN} (the default) reads cédulas only,
 *     {@link IdFormat#ANY} also keeps any other document number (see docs/job-file.md)
 */
public record SourceDefinition(
        String id,
        SourceKind kind,
        String path,
        SourceFormat format,
        String sheet,
        @JsonProperty("header-row") Integer headerRow,
        String delimiter,
        String encoding,
        Map<Field, String> columns,
        @JsonProperty("date-formats") List<String> dateFormats,
        @JsonProperty("snapshot-date") LocalDate snapshotDate,
        Map<RulingDecision, List<String>> decisions,
        Map<Status, List<String>> statuses,
        String list,
        @JsonProperty("two-digit-year-base") Integer twoDigitYearBase,
        Map<String, String> attributes,
        Map<String, List<String>> events,
        @JsonProperty("id-format") IdFormat idFormat) {

    /** The status events a notes column can state, the keys of {@code events:}. */
    public static final List<String> EVENT_NAMES = List.of("released", "re-arrested", "house-arrest", "conditional-release");

    /** A source without a json list path or a two-digit year base. */
    public SourceDefinition(String id, SourceKind kind, String path, SourceFormat format, String sheet, Integer headerRow,
            String delimiter, String encoding, Map<Field, String> columns, List<String> dateFormats, LocalDate snapshotDate,
            Map<RulingDecision, List<String>> decisions, Map<Status, List<String>> statuses) {
        this(id, kind, path, format, sheet, headerRow, delimiter, encoding, columns, dateFormats, snapshotDate, decisions, statuses,
                null, null);
    }

    /** A source without attribute columns or event phrases. */
    public SourceDefinition(String id, SourceKind kind, String path, SourceFormat format, String sheet, Integer headerRow,
            String delimiter, String encoding, Map<Field, String> columns, List<String> dateFormats, LocalDate snapshotDate,
            Map<RulingDecision, List<String>> decisions, Map<Status, List<String>> statuses, String list, Integer twoDigitYearBase) {
        this(id, kind, path, format, sheet, headerRow, delimiter, encoding, columns, dateFormats, snapshotDate, decisions, statuses,
                list, twoDigitYearBase, null, null);
    }

    /** A source that reads cédulas only. */
    public SourceDefinition(String id, SourceKind kind, String path, SourceFormat format, String sheet, Integer headerRow,
            String delimiter, String encoding, Map<Field, String> columns, List<String> dateFormats, LocalDate snapshotDate,
            Map<RulingDecision, List<String>> decisions, Map<Status, List<String>> statuses, String list, Integer twoDigitYearBase,
            Map<String, String> attributes, Map<String, List<String>> events) {
        this(id, kind, path, format, sheet, headerRow, delimiter, encoding, columns, dateFormats, snapshotDate, decisions, statuses,
                list, twoDigitYearBase, attributes, events, null);
    }

    public SourceDefinition {
        idFormat = idFormat == null ? IdFormat.VENEZUELAN : idFormat;
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        events = known(events);
        columns = known(columns);
        dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
        decisions = known(decisions);
        statuses = known(statuses);
    }

    /** A copy without the keys the job file misspelt (bound as null and reported by the loader). */
    private static <K, V> Map<K, V> known(Map<K, V> map) {
        if (map == null) {
            return Map.of();
        }
        Map<K, V> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                out.put(k, v);
            }
        });
        return Map.copyOf(out);
    }

    /** The snapshot date: as configured, else a yyyy-MM-dd date in the file's name, else {@code null}. */
    public LocalDate snapshotDate(String fileName) {
        return snapshotDate != null ? snapshotDate : dateInName(fileName);
    }

    /** The first yyyy-MM-dd date in a file's name ("detenidos-2026-11-15.xlsx"), or {@code null}. */
    public static LocalDate dateInName(String fileName) {
        Matcher m = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(fileName == null ? "" : fileName);
        if (m.find()) {
            try {
                return LocalDate.parse(m.group());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /** The csv delimiter as a character. */
    public char delimiterChar() {
        return delimiter == null || delimiter.isEmpty() ? ',' : delimiter.charAt(0);
    }
}
