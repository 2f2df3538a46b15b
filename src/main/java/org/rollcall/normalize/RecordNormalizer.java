package org.rollcall.normalize;

import java.nio.file.Path;
import org.rollcall.text.Messages;
import org.rollcall.text.DateReader;
import org.rollcall.text.Inflection;
import org.rollcall.text.NationalId;
import org.rollcall.text.SharedValues;
import org.rollcall.text.TextFold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.Field;
import org.rollcall.domain.Problem;
import org.rollcall.config.SourceDefinition;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Status;
import org.rollcall.ingest.SourceRecord;

/**
 * Turns a source's raw records into {@link PersonRecord}s: names parsed, cédulas read in any
 * written form, dates read with the source's formats, decisions mapped to their canonical code.
 * What cannot be read is kept as a problem on the record, never a reason to drop it.
 */
public final class RecordNormalizer {

    private final SourceDefinition source;
    private final DateReader dates;
    private final NoteEvents notes;
    private final Map<String, RulingDecision> decisions = new HashMap<>();
    private final Map<String, Status> statuses = new HashMap<>();
    /** {@link Inflection#fold} of each mapped status text → its status. */
    private final Map<String, Status> inflectedStatuses = new HashMap<>();
    /** Status texts no mapping reads, as written → how many records. */
    private final Map<String, Integer> unmappedStatuses = new LinkedHashMap<>();
    private final Map<String, Integer> unmappedDecisions = new LinkedHashMap<>();

    private final NameParser names;
    private final Messages messages;
    /** Name words, dates and the texts of {@link #SHARED_FIELDS}: one copy each across the source's records. */
    private final SharedValues shared = new SharedValues();

    /** Fields whose texts repeat from record to record (dates as written, places, offences, courts, decisions). */
    private static final Set<Field> SHARED_FIELDS = EnumSet.of(Field.BIRTH_DATE, Field.DETENTION_DATE, Field.PLACE, Field.OFFENCE,
            Field.COURT, Field.DECISION, Field.DECISION_DATE, Field.RULING_REASON, Field.LOCALITY, Field.POSTCODE, Field.REGION,
            Field.STATUS, Field.RELEASE_DATE);

    /** A normalizer whose name parser knows the built-in given names only; problem texts in English. */
    public RecordNormalizer(SourceDefinition source) {
        this(source, GivenNames.standard());
    }

    /** A normalizer whose name parser also knows the given names a job's data taught; problem texts in English. */
    public RecordNormalizer(SourceDefinition source, GivenNames givenNames) {
        this(source, givenNames, Messages.of("en"));
    }

    /** As {@link #RecordNormalizer(SourceDefinition, GivenNames)}, with problem texts (shown in the reports) in a report's language. */
    public RecordNormalizer(SourceDefinition source, GivenNames givenNames, Messages messages) {
        this.messages = messages;
        this.source = source;
        this.names = givenNames == GivenNames.standard() ? NameParser.standard() : new NameParser(givenNames);
        this.dates = new DateReader(source.dateFormats(), source.twoDigitYearBase());
        this.notes = new NoteEvents(source.events(), source.dateFormats(), source.twoDigitYearBase(), messages);
        source.decisions().forEach((decision, texts) -> texts.forEach(t -> decisions.put(TextFold.fold(t), decision)));
        source.statuses().forEach((status, texts) -> texts.forEach(t -> statuses.put(TextFold.fold(t), status)));
        // "Excarcelada", "Privados de libertad" for a mapped "Excarcelado", "Privado de libertad"; a form two statuses share is neither's
        Set<String> twoStatuses = new HashSet<>();
        source.statuses().forEach((status, texts) -> texts.forEach(t -> {
            Status before = inflectedStatuses.putIfAbsent(Inflection.fold(t), status);
            if (before != null && before != status) {
                twoStatuses.add(Inflection.fold(t));
            }
        }));
        inflectedStatuses.keySet().removeAll(twoStatuses);
    }

    public PersonRecord normalize(SourceRecord r) {
        Map<Field, String> fields = sharedTexts(r.values());
        List<String> problems = new ArrayList<>();
        PersonName name = shareWords(r.values().containsKey(Field.FULL_NAME)
                ? PersonName.parse(r.value(Field.FULL_NAME), names)
                : PersonName.of(r.value(Field.GIVEN_NAMES), r.value(Field.SURNAMES)), r.value(Field.FULL_NAME));
        String rawId = r.value(Field.ID_NUMBER);
        NationalId id = NationalId.parse(rawId, source.idFormat()).orElse(null);
        ids.count(rawId, id);
        String idProblem = id == null ? NationalId.problem(rawId, source.idFormat(), messages) : null;
        if (idProblem != null) {
            problems.add(idProblem);
        }
        RulingDecision decision = null;
        if (r.kind() == SourceKind.COURT_RULINGS) {
            decision = decisions.get(TextFold.fold(r.value(Field.DECISION)));
            if (decision == null) {
                decision = RulingDecision.UNKNOWN;
                unmappedDecisions.merge(r.value(Field.DECISION).trim(), 1, Integer::sum);
                problems.add(messages.format("problem.unknown-decision", r.value(Field.DECISION)));
            }
        }
        Status status = null;
        if (source.columns().containsKey(Field.STATUS)) {
            String text = TextFold.fold(r.value(Field.STATUS));
            status = text.isEmpty() ? null : statuses.getOrDefault(text, inflectedStatuses.get(Inflection.fold(text)));
            if (status == null && !text.isEmpty()) {
                // a text the job file maps to 'unknown' on purpose is not a problem; an unmapped one is
                status = Status.UNKNOWN;
                unmappedStatuses.merge(r.value(Field.STATUS).trim(), 1, Integer::sum);
                problems.add(messages.format("problem.unknown-status", r.value(Field.STATUS)));
            }
        }
        Origin origin = new Origin(r.sourceId(), r.kind(), r.seq(), r.recordRef(), r.file(), r.sheet(), r.row(),
                source.snapshotDate(Path.of(r.file()).getFileName().toString()));
        // read in this order, so that field problems are listed in it
        LocalDate listDate = origin.snapshotDate();
        LocalDate birthDate = plausible(r, Field.BIRTH_DATE, date(r, Field.BIRTH_DATE, problems), listDate, problems);
        LocalDate detained = plausible(r, Field.DETENTION_DATE, date(r, Field.DETENTION_DATE, problems), listDate, problems);
        LocalDate decided = plausible(r, Field.DECISION_DATE, date(r, Field.DECISION_DATE, problems), listDate, problems);
        LocalDate released = plausible(r, Field.RELEASE_DATE, date(r, Field.RELEASE_DATE, problems), listDate, problems);
        Detention detention = new Detention(detained, fields.getOrDefault(Field.PLACE, ""), fields.getOrDefault(Field.OFFENCE, ""), status, released);
        detention = detention.equals(Detention.NONE) ? Detention.NONE : detention;
        Ruling ruling = new Ruling(r.value(Field.CASE_NUMBER), fields.getOrDefault(Field.COURT, ""), decision,
                fields.getOrDefault(Field.DECISION, ""), decided);
        ruling = ruling.equals(Ruling.NONE) ? Ruling.NONE : ruling; // one shared value for the records that carry no ruling
        return new PersonRecord(origin, name, id, rawId, birthDate, detention, ruling, problems, fields, r.attributes(),
                r.kind() == SourceKind.NGO_LIST || r.kind() == SourceKind.PERSON_LIST ? notes.read(r.value(Field.NOTES), detained) : List.of());
    }

    private LocalDate date(SourceRecord r, Field field, List<String> problems) {
        String text = r.value(field);
        if (text.isBlank() || DateReader.saysNone(text)) {
            return null; // "sin fecha", "s/f": the list says the date is not known, as a blank cell does
        }
        int[] tally = dateTally.computeIfAbsent(field, f -> new int[2]);
        tally[0]++;
        return shared.share(dates.read(text).orElseGet(() -> {
            problems.add(dates.problem(field.key(), text, messages));
            if (tally[1]++ == 0) {
                firstUnread.put(field, text);
            }
            return null;
        }));
    }

    /**
     * {@code date} when it can be true of the list dated {@code listDate} ({@link DatePlausibility}),
     * else {@code null} with a field problem naming the column, the value and why: the record keeps
     * the field absent, so that the rules see an unknown date, not a reason.
     */
    private LocalDate plausible(SourceRecord r, Field field, LocalDate date, LocalDate listDate, List<String> problems) {
        String why = DatePlausibility.problem(field, date, listDate, r.value(field), messages);
        if (why == null) {
            return date;
        }
        problems.add(why);
        int[] tally = implausibleTally.computeIfAbsent(field, f -> new int[1]);
        if (tally[0]++ == 0) {
            firstImplausible.put(field, r.value(field).trim());
        }
        return null;
    }

    /** Per date field: values read but impossible on the list's date, and the first of them. */
    private final Map<Field, int[]> implausibleTally = new EnumMap<>(Field.class);
    private final Map<Field, String> firstImplausible = new EnumMap<>(Field.class);

    /**
     * Takes in the tallies of {@code later}, a normalizer of the same source that read the records
     * after the ones this one read (the records parsed in parts, side by side): the warnings and
     * the unmapped texts are then those of one normalizer that read every record in order. The
     * records each gave are the same whichever normalizer read them.
     */
    public void absorb(RecordNormalizer later) {
        later.dateTally.forEach((field, t) -> {
            int[] mine = dateTally.computeIfAbsent(field, f -> new int[2]);
            mine[0] += t[0];
            mine[1] += t[1];
        });
        later.firstUnread.forEach(firstUnread::putIfAbsent);
        later.implausibleTally.forEach((field, t) -> implausibleTally.computeIfAbsent(field, f -> new int[1])[0] += t[0]);
        later.firstImplausible.forEach(firstImplausible::putIfAbsent);
        ids.absorb(later.ids);
        later.unmappedStatuses.forEach((text, n) -> unmappedStatuses.merge(text, n, Integer::sum));
        later.unmappedDecisions.forEach((text, n) -> unmappedDecisions.merge(text, n, Integer::sum));
    }

    /** Per date field: [values written, values no format read]. */
    private final Map<Field, int[]> dateTally = new EnumMap<>(Field.class);
    private final Map<Field, String> firstUnread = new EnumMap<>(Field.class);
    /** ID numbers written and read. */
    private final IdTally ids = new IdTally();

    /**
     * A warning for each date field of which half the written values or more (five at least) fit
     * none of the source's date formats — the formats are likely not the list's — naming the field,
     * the counts and the first such value. Holds no person's name.
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        dateTally.forEach((field, t) -> {
            if (t[1] >= 5 && 2 * t[1] >= t[0]) {
                out.add(source.id() + ": " + t[1] + " of " + t[0] + " " + field.key() + " values fit none of the date formats "
                        + source.dateFormats() + " (the first: '" + firstUnread.get(field) + "'); they are listed under field-problems."
                        + " Check date-formats in the job file");
            }
        });
        implausibleTally.forEach((field, t) -> out.add(source.id() + ": " + t[0] + " " + field.key() + " value(s) cannot be true on the"
                + " list's date (the first: '" + firstImplausible.get(field) + "'): each record is kept without it, and each value is listed"
                + " under field-problems. Correct them in the source"));
        Problem unreadIds = ids.problem(source, Messages.of("en"));
        if (unreadIds != null) {
            out.add(unreadIds.location() + ": " + unreadIds.message() + "; " + unreadIds.fix());
        }
        if (!unmappedStatuses.isEmpty()) {
            int count = unmappedStatuses.values().stream().mapToInt(Integer::intValue).sum();
            List<String> texts = unmappedStatuses.entrySet().stream().map(e -> "'" + e.getKey() + "' (" + e.getValue() + ")").toList();
            out.add(source.id() + ": " + count + " status values are in none of the job file's statuses, counted as unknown: "
                    + String.join(", ", texts.subList(0, Math.min(10, texts.size()))) + (texts.size() > 10 ? ", …" : "")
                    + "; they are listed under field-problems. Add each to statuses in the job file (detained, released, …, or unknown)");
        }
        if (!unmappedDecisions.isEmpty()) {
            int count = unmappedDecisions.values().stream().mapToInt(Integer::intValue).sum();
            out.add(source.id() + ": " + count + " court decisions are in none of the job file's decisions, counted as unknown: "
                    + texts(unmappedDecisions) + "; they are listed under field-problems, and the people they concern are neither granted"
                    + " nor denied. Add each to decisions in the job file (granted, denied, military-jurisdiction, under-review, or unknown)");
        }
        return out;
    }

    /**
     * What the report's opening must say of the source, in its language (one problem each, located at the
     * source's id): most of its ID numbers not read ({@link IdTally}), and the texts of its status or
     * decision column that the job file does not map; empty when none. Call after every record is normalised.
     */
    public List<Problem> unmapped() {
        List<Problem> out = new ArrayList<>();
        Problem unreadIds = ids.problem(source, messages);
        if (unreadIds != null) {
            out.add(unreadIds); // first: every match of the source's people is made without their ID numbers
        }
        if (!unmappedStatuses.isEmpty()) {
            out.add(new Problem(source.id(), messages.format("normalize.unmapped-statuses", String.valueOf(total(unmappedStatuses)),
                    texts(unmappedStatuses)), messages.get("normalize.unmapped-statuses-fix"), Problem.Kind.FIELD));
        }
        if (!unmappedDecisions.isEmpty()) {
            out.add(new Problem(source.id(), messages.format("normalize.unmapped-decisions", String.valueOf(total(unmappedDecisions)),
                    texts(unmappedDecisions)), messages.get("normalize.unmapped-decisions-fix"), Problem.Kind.FIELD));
        }
        return out;
    }

    private static int total(Map<String, Integer> texts) {
        return texts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "'SIN LUGAR' (2), 'PROCEDENTE LA SOLICITUD' (1)": the first ten, most frequent first. */
    private static String texts(Map<String, Integer> texts) {
        List<String> each = texts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).map(e -> "'" + e.getKey() + "' (" + e.getValue() + ")")
                .toList();
        return String.join(", ", each.subList(0, Math.min(10, each.size()))) + (each.size() > 10 ? ", …" : "");
    }

    /** The fields with one copy of each repeated text of {@link #SHARED_FIELDS}; the same map when none repeats. */
    private Map<Field, String> sharedTexts(Map<Field, String> values) {
        Map<Field, String> out = null;
        for (Map.Entry<Field, String> e : values.entrySet()) {
            if (SHARED_FIELDS.contains(e.getKey())) {
                String one = shared.share(e.getValue());
                if (one != e.getValue()) {
                    if (out == null) {
                        out = new EnumMap<>(values);
                    }
                    out.put(e.getKey(), one);
                }
            }
        }
        return out == null ? values : out;
    }

    /**
     * The name with one copy of each word across records, its display text the cell's own when they are equal, and one
     * copy of each list of given names and of surnames (a few thousand "josé gregorio" and "pérez gonzález" among a million
     * records).
     */
    private PersonName shareWords(PersonName n, String cell) {
        return new PersonName(n.display().equals(cell) ? cell : n.display(), sharedList(n.given()), sharedList(n.surnames()),
                shareAll(n.tokens()), n.orderKnown(), sharedList(n.married()));
    }

    private List<String> shareAll(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(shared.share(w));
        }
        return List.copyOf(out);
    }

    private List<String> sharedList(List<String> words) {
        return words.isEmpty() ? List.of() : sharedLists.share(shareAll(words));
    }

    /** Lists of given names and of surnames, one copy each (apart from {@link #shared}: a list takes no word's place there). */
    private final SharedValues sharedLists = new SharedValues();
}
