package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;
import org.rollcall.text.TextFold;

/**
 * The lines of an announcement that correct an earlier one, each read as records: a person taken
 * off the list ("se excluye de la lista al ciudadano TOVAR MIJARES, LUIS ALBERTO, C.I.
 * V-15.432.101") is a record of kind {@link SourceKind#WITHDRAWAL}; an entry written anew ("donde
 * dice "JACQUEILNE MURCANO", debe decir "JACQUELINE MARCANO FUENMAYOR", C.I. V-16.074.352") a
 * record of kind {@link SourceKind#CORRECTION} naming the person as now written, the old text in
 * its notes; a person a correction adds ("se incluye en la lista a …") an entry of the list. Each
 * record is linked like any other, so that the reconciliation finds the entry it concerns by name
 * and cédula. A line that withdraws people none of whom can be read is rejected with its reason.
 */
final class CorrectionLines {

    /** Where the verb of a withdrawal ends: the people are read after it when they stand there. */
    private static final Pattern VERB = Pattern.compile("(?iu)\\b(?:se\\s+(?:le\\s+|les\\s+)?(?:excluy|retir|suprim|elimin|desincorpor|revoc|anul|incluy|incorpor|agreg|añad)\\w*"
            + "|sin\\s+efecto|removed|withdrawn|struck|deleted|excluded|added|revoked)\\b");
    /** Words between a name and its cédula that are not the name: "titular de la", "portadora de la". */
    private static final Pattern ID_LEAD = Pattern.compile("(?iu)[,\\s]+(?:titular|portador|portadora|identificad[oa]|con)(?:\\s+\\p{Ll}+){0,3}\\s*$");

    private final IngestSink sink;
    private final String file;
    private final boolean correction;
    private int entries;

    /**
     * @param correction the file is a correction ({@link Corrections#isCorrection}): a withdrawal need not name the list
     */
    CorrectionLines(IngestSink sink, String file, boolean correction) {
        this.sink = sink;
        this.file = file;
        this.correction = correction;
    }

    /**
     * Reads one line of the communiqué's prose.
     *
     * @param line the 1-based line of the file an editor shows
     * @return true when the line was read as records (or rejected); false when it is prose
     */
    boolean read(String text, int line) {
        Corrections.Replacement r = correction ? Corrections.replacement(text) : null;
        if (r != null) {
            Map<Field, String> values = values(r.right());
            values.put(Field.NOTES, r.wrong());
            sink.acceptAs(SourceKind.CORRECTION, file, line, "c" + ++entries, values, false);
            return true;
        }
        boolean withdraws = Corrections.withdraws(text, correction);
        boolean adds = !withdraws && correction && Corrections.adds(text);
        if (!withdraws && !adds) {
            return false;
        }
        List<Corrections.Named> people = people(text);
        if (people.isEmpty()) {
            if (text.trim().endsWith(":") || !correction) {
                return false; // the introduction of a list of the people ("se excluyen de la lista los siguientes ciudadanos:"), or only words
            }
            sink.reject(file, null, line, sink.messages().get("correction.no-person"), text.trim());
            return true;
        }
        for (int i = 0; i < people.size(); i++) {
            sink.acceptAs(withdraws ? SourceKind.WITHDRAWAL : sink.source().kind(), file, line, "c" + ++entries, values(people.get(i)),
                    i > 0);
        }
        return true;
    }

    /** The people the line names after its verb, or anywhere in it when none stands after the verb. */
    private static List<Corrections.Named> people(String text) {
        Matcher verb = VERB.matcher(text);
        String cleaned = withoutIdLead(text);
        if (verb.find()) {
            List<Corrections.Named> after = Corrections.people(withoutIdLead(text.substring(verb.end())));
            if (!after.isEmpty()) {
                return after;
            }
        }
        return Corrections.people(cleaned);
    }

    /** The text with the words that stand between a name and its cédula ("titular de la") taken out. */
    private static String withoutIdLead(String text) {
        Matcher id = NumberedLists.ID.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (id.find()) {
            String before = text.substring(from, id.start());
            out.append(ID_LEAD.matcher(before).replaceFirst(", ")).append(id.group());
            from = id.end();
        }
        return out.append(text.substring(from)).toString();
    }

    private static Map<Field, String> values(Corrections.Named named) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        values.put(Field.FULL_NAME, TextFold.isBlank(named.name()) ? "" : named.name());
        if (named.id() != null) {
            values.put(Field.ID_NUMBER, named.id());
        }
        return values;
    }

    /**
     * For each list, whether the sentence right above it takes its people off the list
     * ({@link Corrections#withdraws}): the last line above it, after the list before, that is neither
     * blank nor page furniture.
     */
    static List<Boolean> withdrawingLists(List<String> lines, List<int[]> runs, boolean[] furniture, boolean correction) {
        List<Boolean> out = new ArrayList<>(runs.size());
        int from = 0;
        for (int[] run : runs) {
            String introduction = "";
            for (int i = run[0] - 1; i >= from && introduction.isEmpty(); i--) {
                if (!TextFold.isBlank(lines.get(i)) && !furniture[i]) {
                    introduction = lines.get(i);
                }
            }
            String[] sentences = introduction.strip().split("(?<=[.;!?])\\s+");
            out.add(Corrections.withdraws(sentences[sentences.length - 1], correction));
            from = run[1] + 1;
        }
        return out;
    }
}
