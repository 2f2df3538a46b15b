package org.rollcall.config;

import java.nio.charset.Charset;
import org.rollcall.domain.Keyed;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Field;
import org.rollcall.domain.Problem;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.rollcall.text.DateReader;
import org.springframework.scheduling.support.CronExpression;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a job file and checks what can be checked without opening the sources: unknown keys,
 * missing or malformed values, thresholds out of range, date patterns, the cron schedule.
 * Every problem is collected and reported at once, each naming the key and the fix.
 */
public final class JobDefinitionLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /**
     * A layer's own check of its part of a job file (the matcher's comparisons and blocking rules,
     * for example), composed into the loader by the application so that this package depends on
     * no layer above it.
     */
    @FunctionalInterface
    public interface Check {
        /** Every problem found, each naming the key, the value and the fix; empty when none. */
        List<Problem> problems(JobDefinition definition);
    }

    private final List<Check> checks;

    /** @param checks the layers' checks, run after the loader's own on every job file */
    public JobDefinitionLoader(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /**
     * @param file the job file
     * @param baseDir the folder its relative paths are resolved against (the working folder)
     * @throws JobDefinitionException listing every problem
     */
    public JobDefinition load(Path file, Path baseDir) {
        String shown = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new JobDefinitionException(shown, List.of(Problem.jobFile("the file does not exist", "give the path of a job file such as jobs/nightly.yaml")));
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (MalformedInputException e) {
            throw new JobDefinitionException(shown, List.of(Problem.jobFile("the file is not UTF-8 text", "save it as UTF-8 (in a text editor: Save As, encoding UTF-8)")));
        } catch (IOException e) {
            throw new JobDefinitionException(shown, List.of(Problem.jobFile("the file cannot be read (" + e.getMessage() + ")", "check its permissions")));
        }
        return load(text, file, baseDir);
    }

    /**
     * Reads a job file's text as kept when a run began, so that a resumed run uses the definition
     * it began with whatever the file says now.
     *
     * @param text the job file's content
     * @param file where it was read from (names it in messages; locates its relative paths)
     * @param baseDir the folder its relative paths are resolved against
     * @throws JobDefinitionException listing every problem
     */
    public JobDefinition load(String text, Path file, Path baseDir) {
        String shown = file.toString();
        List<Problem> problems = new ArrayList<>(DuplicateKeys.find(mapper, text));
        TextLines lines = new TextLines(text);
        BindingProblems binding = new BindingProblems(lines);
        JobDefinition def;
        try {
            JsonNode tree = mapper.readTree(text);
            problems.addAll(MapKeys.strip(tree, lines));
            problems.addAll(MapKeys.joinColumnLists(tree, lines));
            def = tree == null || tree.isMissingNode() || tree.isNull() ? null
                    : mapper.readerFor(JobDefinition.class).withHandler(binding).readValue(tree);
        } catch (JacksonException e) {
            problems.addAll(binding.problems());
            problems.add(describe(e, file));
            throw new JobDefinitionException(shown, problems);
        }
        if (def == null) {
            throw new JobDefinitionException(shown, List.of(Problem.jobFile("the file is empty", "see README.md for the job file format")));
        }
        problems.addAll(binding.problems());
        def = def.locatedAt(file.toAbsolutePath().normalize(), baseDir.toAbsolutePath().normalize());
        problems.addAll(validate(def, binding.refusedKeys()));
        if (!problems.isEmpty()) {
            throw new JobDefinitionException(shown, problems, def);
        }
        return def;
    }

    /** @param refused keys whose values were refused while binding: not reported again as missing */
    private List<Problem> validate(JobDefinition def, Set<String> refused) {
        List<Problem> p = generalProblems(def, refused);
        for (Check check : checks) {
            p.addAll(check.problems(def));
        }
        return p;
    }

    static List<Problem> generalProblems(JobDefinition def, Set<String> refused) {
        List<Problem> p = new ArrayList<>();
        if (def.name() == null || !ID.matcher(def.name()).matches()) {
            p.add(Problem.jobFile("name", "'" + def.name() + "' must be lower-case letters, digits and dashes (it names the output folder)", "e.g. name: nightly"));
        }
        if (def.schedule() != null && !CronExpression.isValidExpression(def.schedule())) {
            p.add(Problem.jobFile("schedule", "'" + def.schedule() + "' is not a cron expression",
                    "use six fields: second minute hour day month weekday, e.g. \"0 0 2 * * *\" for 02:00 every night"));
        }
        if (def.sources().isEmpty()) {
            p.add(Problem.jobFile("sources", "the job has no sources", "add at least one under 'sources:'"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < def.sources().size(); i++) {
            validateSource(def.sources().get(i), "sources[" + i + "]", ids, refused, p);
        }
        MatchSettings m = def.matching();
        if (m.matchThreshold() <= 0 || m.matchThreshold() > 1 || m.reviewThreshold() <= 0 || m.reviewThreshold() > m.matchThreshold()) {
            p.add(Problem.jobFile("matching", "thresholds must satisfy 0 < review-threshold <= match-threshold <= 1",
                    "got review-threshold " + m.reviewThreshold() + ", match-threshold " + m.matchThreshold()));
        }
        for (int i = 0; i < def.reconcile().exclusions().size(); i++) {
            ReconcileSettings.Exclusion x = def.reconcile().exclusions().get(i);
            if (x.name() == null || x.name().isBlank() || x.offences().isEmpty()) {
                p.add(Problem.jobFile("reconcile.exclusions[" + i + "]", "give a name and at least one offence text",
                        "e.g. {name: terrorism, offences: [terrorismo]}"));
            }
        }
        p.addAll(ReconcileRulesCheck.problems(def));
        if (!List.of("en", "es").contains(def.report().language())) {
            p.add(Problem.jobFile("report.language", "'" + def.report().language() + "' is not a report language", "use en or es"));
        }
        if (!ReportSettings.REDACTED_DATES.contains(def.report().redactedDates())) {
            p.add(Problem.jobFile("report.redacted-dates", "'" + def.report().redactedDates() + "' is not one of " + ReportSettings.REDACTED_DATES,
                    "none (the default) leaves each person's dates out of --redact exports"));
        }
        if (def.report().sheetRows() < 1 || def.report().sheetRows() > ReportSettings.MAX_SHEET_ROWS) {
            p.add(Problem.jobFile("report.sheet-rows", def.report().sheetRows() + " is not a number of rows a sheet can show",
                    "use 1 to " + ReportSettings.MAX_SHEET_ROWS + " (default " + ReportSettings.DEFAULT_SHEET_ROWS + "); longer lists are whole in lists/*.csv"));
        }
        if (m.maxBlockSize() < 2) {
            p.add(Problem.jobFile("matching.max-block-size", m.maxBlockSize() + " is too small", "use 2 or more (default 400)"));
        }
        Set<String> attributes = new TreeSet<>();
        def.sources().forEach(s -> attributes.addAll(s.attributes().keySet()));
        for (String stratum : def.estimates().strata()) {
            if (!attributes.contains(stratum)) {
                p.add(Problem.jobFile("estimates.strata", "'" + stratum + "' is not an attribute of any source",
                        "declare it under a source's attributes (e.g. attributes: {" + stratum + ": Entidad}) or remove it; attributes: " + attributes));
            }
        }
        return p;
    }

    private static void validateSource(SourceDefinition s, String at, Set<String> ids, Set<String> refused, List<Problem> p) {
        String where = at + (s.id() == null ? "" : " (" + s.id() + ")");
        if (s.id() == null || !ID.matcher(s.id()).matches()) {
            p.add(Problem.jobFile(where + ".id", "'" + s.id() + "' must be lower-case letters, digits and dashes", "e.g. id: ngo"));
        } else if (!ids.add(s.id())) {
            p.add(Problem.jobFile(where + ".id", "'" + s.id() + "' is used by another source", "give each source its own id"));
        }
        if (s.kind() == null && !refused.contains(at + ".kind")) {
            p.add(Problem.jobFile(where + ".kind", "missing", "use one of " + keys(SourceKind.ofSources().toArray())));
        } else if (s.kind() != null && !SourceKind.ofSources().contains(s.kind())) {
            p.add(Problem.jobFile(where + ".kind", "'" + s.kind().key() + "' is not a kind of source (rollcall gives it to an announcement's"
                    + " entries that the announcement says are not amnestied)", "use one of " + keys(SourceKind.ofSources().toArray())));
        }
        if (s.format() == null && !refused.contains(at + ".format")) {
            p.add(Problem.jobFile(where + ".format", "missing", "use one of " + keys(SourceFormat.values())));
        }
        if ((s.path() == null || s.path().isBlank()) && !refused.contains(at + ".path")) {
            p.add(Problem.jobFile(where + ".path", "missing", "give the file's path or a glob such as input/courts/*.csv"));
        }
        boolean document = s.format() == SourceFormat.TXT || s.format() == SourceFormat.HTML || s.format() == SourceFormat.PDF
                || s.format() == SourceFormat.DOCX || s.format() == SourceFormat.JSON;
        if (s.format() != null && !document) {
            boolean named = s.columns().containsKey(Field.FULL_NAME)
                    || (s.columns().containsKey(Field.GIVEN_NAMES) && s.columns().containsKey(Field.SURNAMES));
            if (!named && !s.columns().containsKey(Field.ID_NUMBER)) {
                p.add(Problem.jobFile(where + ".columns", "no column identifies a person",
                        "map full-name (or given-names and surnames) or id-number to a column, or no record can be identified"));
            }
        }
        if (document && s.format() != SourceFormat.JSON && !s.columns().isEmpty()) {
            p.add(Problem.jobFile(where + ".columns", "a " + s.format().key() + " announcement has no columns", "remove 'columns'"));
        }
        if (s.format() == SourceFormat.JSON && s.list() == null && !s.columns().isEmpty()) {
            p.add(Problem.jobFile(where + ".list", "columns of a json source are key paths inside each entry of a list",
                    "give the list's key path, e.g. list: beneficiarios (list: \".\" when the file is the list itself: [ {...}, {...} ])"));
        }
        if (s.list() != null && s.format() != SourceFormat.JSON) {
            p.add(Problem.jobFile(where + ".list", "only a json source has a list key path", "remove 'list'"));
        }
        boolean twoDigits = s.dateFormats().stream().anyMatch(DateReader::hasTwoDigitYear);
        if (twoDigits && s.twoDigitYearBase() == null) {
            p.add(Problem.jobFile(where + ".two-digit-year-base", "date-formats " + s.dateFormats() + " read two-digit years",
                    "say which century they mean, e.g. two-digit-year-base: 1940 (40–99 → 1940–1999, 00–39 → 2000–2039)"));
        }
        if (s.twoDigitYearBase() != null && (s.twoDigitYearBase() < 1800 || s.twoDigitYearBase() > 2100)) {
            p.add(Problem.jobFile(where + ".two-digit-year-base", s.twoDigitYearBase() + " is not a year between 1800 and 2100", ""));
        }
        if (s.headerRow() != null && s.headerRow() < 1) {
            p.add(Problem.jobFile(where + ".header-row", s.headerRow() + " must be 1 or more (rows count from 1)", ""));
        }
        if (s.delimiter() != null && s.delimiter().length() != 1) {
            p.add(Problem.jobFile(where + ".delimiter", "'" + s.delimiter() + "' must be one character", "e.g. \";\""));
        } else if (s.delimiter() != null && "\"\r\n".contains(s.delimiter())) {
            p.add(Problem.jobFile(where + ".delimiter", shownChar(s.delimiter()) + " cannot separate columns (CSV uses it for quoting or line ends)",
                    "use the character between the columns, e.g. \",\", \";\" or \"\\t\""));
        }
        if (s.encoding() != null) {
            try {
                Charset.forName(s.encoding());
            } catch (IllegalArgumentException e) {
                p.add(Problem.jobFile(where + ".encoding", "'" + s.encoding() + "' is not a character set", "use UTF-8, windows-1252 or ISO-8859-1"));
            }
        }
        for (String pattern : s.dateFormats()) {
            try {
                DateReader.formatter(pattern);
            } catch (IllegalArgumentException e) {
                p.add(Problem.jobFile(where + ".date-formats", e.getMessage(), ""));
            }
        }
        if (s.kind() == SourceKind.COURT_RULINGS && s.columns().containsKey(Field.DECISION) && s.decisions().isEmpty()) {
            p.add(Problem.jobFile(where + ".decisions", "no decision is mapped",
                    "map each decision (granted, denied, military-jurisdiction, under-review) to the texts the source uses"));
        }
    }

    private static Problem describe(JacksonException e, Path file) {
        String line = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
        String path = path(e);
        if (e instanceof UnrecognizedPropertyException u) {
            return BindingProblems.unknownKey(lineOfKey(file, u.getPropertyName(), line), u.getPropertyName(), path, u.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> type = f.getTargetType();
            String allowed = type == SourceKind.class ? "use one of " + keys(SourceKind.ofSources().toArray())
                    : type != null && type.isEnum() ? "use one of " + keys(type.getEnumConstants()) : "";
            return Problem.jobFile(line, "'" + f.getValue() + "' is not valid for " + path, allowed);
        }
        if (e.getLocation() == null || e.getLocation().getLineNr() < 0) {
            // bound from the parsed tree: the parser knows no line; the key's own line, when unique
            List<JacksonException.Reference> refs = e.getPath();
            String key = refs.isEmpty() ? null : refs.get(refs.size() - 1).getPropertyName();
            line = key == null ? "" : lineOfKey(file, key, "");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String given = String.valueOf(e.getOriginalMessage());
            String what = given.contains("Array value") ? "a list" : given.contains("Object value") ? "a mapping (key: value)" : null;
            if (what != null) {
                String expected = m.getTargetType() == String.class ? "one text" : "a value of another shape";
                return Problem.jobFile(line, path + " is " + what + " where " + expected + " is expected",
                        "write it as the documentation shows (docs/job-file.md)");
            }
        }
        return Problem.jobFile(line, "cannot read " + (path.isEmpty() ? "the file" : path) + ": " + e.getOriginalMessage(), "");
    }

    /**
     * The line of an unknown key. Records are bound after their whole mapping is read, so the
     * parser's location is the mapping's end; the key itself is found in the text when it is unique.
     */
    private static String lineOfKey(Path file, String key, String fallback) {
        try {
            List<String> lines = Files.readAllLines(file);
            Pattern p = Pattern.compile("^\\s*(?:-\\s+)?[\"']?" + Pattern.quote(key) + "[\"']?\\s*:.*");
            int found = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (p.matcher(lines.get(i)).matches()) {
                    if (found >= 0) {
                        return fallback;
                    }
                    found = i;
                }
            }
            return found < 0 ? fallback : "line " + (found + 1);
        } catch (IOException ex) {
            return fallback;
        }
    }

    private static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String keys(Object[] values) {
        return Arrays.stream(values).map(v -> v instanceof Keyed k ? k.key() : String.valueOf(v)).toList().toString();
    }

    private static String shownChar(String c) {
        return switch (c) {
            case "\r" -> "a carriage return";
            case "\n" -> "a line feed";
            default -> "'" + c + "'";
        };
    }
}
