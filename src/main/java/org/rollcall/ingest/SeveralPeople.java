package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.domain.Field;
import org.rollcall.text.Messages;
import org.rollcall.domain.IdFormat;
import org.rollcall.text.NationalId;
import org.rollcall.text.TextFold;

/**
 * The people one row names. A court ruling on two defendants, or an NGO row typed for a couple,
 * holds two names in its name cell ("SALAS UGUETO, Nelson Rafael; BRICEÑO LARA, Carmen Teresa")
 * and perhaps two cédulas in its ID cell: read as one, the row would be a person who does not
 * exist and two real people would be lost. The row becomes one set of values per person, each
 * with the row's other cells.
 *
 * <p>The name cell is split on {@code ;}, a line break inside the cell, {@code " / "} (a slash
 * between spaces: "S/C" is not one), {@code " and "} or {@code " & "} (no Spanish name holds them) when
 * each part looks like a name, {@code " y "} and {@code " e "} — but only when every part is
 * a whole name written "SURNAMES, Given" (so "ORTEGA Y GASSET, José" stays one name), or when the
 * ID cell holds as many cédulas as the parts: "Luis Alberto⏎Ramírez Soto" (a name wrapped in its
 * cell), "María Ríos; Sin Información" stay one person. The i-th cédula goes with the
 * i-th name; when the counts of names and cédulas disagree the row is rejected naming both.
 */
final class SeveralPeople {

    /** Separators that always part two names. */
    private static final Pattern CLEAR = Pattern.compile("\\s*;\\s*|\\s+/\\s+");

    /** A line break inside the cell: parts two names written alike. */
    private static final Pattern LINE = Pattern.compile("\\s*(?:\\r?\\n|\\r)\\s*");

    /** "and" or "&" between two words: no Spanish name holds them ("Juan Pérez and María López"), so they part two names that look like names. */
    private static final Pattern ENGLISH_AND = Pattern.compile("\\s+(?:and|&)\\s+", Pattern.CASE_INSENSITIVE);

    /** "y" or "e" between two words: a separator only in the cases above. */
    private static final Pattern AND = Pattern.compile("\\s+[ye]\\s+", Pattern.CASE_INSENSITIVE);

    /** A whole name written "SURNAMES, Given": one comma, words on both sides. */
    private static final Pattern SURNAMES_FIRST = Pattern.compile("[^,]*\\p{L}[^,]*,[^,]*\\p{L}[^,]*");

    /** A word of a name: letters, with an apostrophe, dot or hyphen inside. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’.-]*");

    /**
     * The outcome: the values of each person the row names (one when it names one), or why the row
     * cannot be read.
     *
     * @param people canonical field → text, one map per person, in the order of the name cell
     * @param rejection why the row is rejected, or {@code null}
     */
    record Split(List<Map<Field, String>> people, String rejection) {

        static Split one(Map<Field, String> values) {
            return new Split(List.of(values), null);
        }

        static Split rejected(String reason) {
            return new Split(List.of(), reason);
        }
    }

    private SeveralPeople() {
    }

    /** The people a row's mapped values name, its ID numbers Venezuelan cédulas. */
    static Split of(Map<Field, String> values, Messages messages) {
        return of(values, messages, IdFormat.VENEZUELAN);
    }

    /** The people a row's mapped values name, its ID numbers read as a source of {@code format} reads them. */
    static Split of(Map<Field, String> values, Messages messages, IdFormat format) {
        String idCell = values.get(Field.ID_NUMBER);
        List<String> ids = ids(idCell);
        String nameCell = values.get(Field.FULL_NAME);
        List<String> names = TextFold.isBlank(nameCell) ? List.of() : names(nameCell, ids.size());
        if (names.size() <= 1 && ids.size() <= 1) {
            return Split.one(values);
        }
        if (names.size() <= 1) {
            // two cédulas and one name (or separate name columns): which cédula is the name's cannot be told
            return Split.rejected(messages.format("ingest.several-ids", String.valueOf(ids.size()), idCell));
        }
        if (!ids.isEmpty() && ids.size() != names.size() || ids.isEmpty() && NationalId.parse(idCell, format).isPresent()) {
            int idCount = ids.isEmpty() ? 1 : ids.size();
            return Split.rejected(messages.format("ingest.names-ids-disagree", String.valueOf(names.size()), String.valueOf(idCount),
                    nameCell, idCell));
        }
        List<Map<Field, String>> people = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Map<Field, String> person = new EnumMap<>(Field.class);
            person.putAll(values);
            person.put(Field.FULL_NAME, names.get(i));
            if (!ids.isEmpty()) {
                person.put(Field.ID_NUMBER, ids.get(i));
            }
            people.add(person);
        }
        return new Split(people, null);
    }

    /** The names of a name cell: one, or the parts between clear separators (see the class). */
    static List<String> names(String cell, int idCount) {
        List<String> out = new ArrayList<>();
        for (String part : parts(cell.trim(), CLEAR, false, idCount)) {
            for (String line : parts(part, LINE, true, idCount)) {
                for (String name : englishAnd(line)) {
                    out.addAll(surnamesFirst(name));
                }
            }
        }
        if (out.size() == 1 && idCount >= 2) {
            List<String> halves = parts(out.get(0), AND, false, idCount);
            if (halves.size() == idCount && halves.stream().allMatch(SeveralPeople::nameLike)) {
                return halves;
            }
        }
        return out;
    }

    /** The names "and" or "&" join in a line ("María Fernanda Gómez and Luis Alberto Tovar"), when each looks like a name; else the line. */
    private static List<String> englishAnd(String line) {
        List<String> parts = new ArrayList<>();
        for (String p : ENGLISH_AND.split(line)) {
            parts.add(p.trim());
        }
        return parts.size() > 1 && parts.stream().allMatch(SeveralPeople::nameLike) && sameShape(parts) ? parts : List.of(line);
    }

    /**
     * The whole names "SURNAMES, Given" that "y" or "e" join in a line, each closed at its first
     * comma's given names ("ORTEGA Y GASSET, José y PÉREZ, Ana": two); the line alone when a part
     * is not such a name ("PÉREZ, María y José": one).
     */
    private static List<String> surnamesFirst(String line) {
        List<String> out = new ArrayList<>();
        Matcher and = AND.matcher(line);
        int start = 0;
        while (and.find()) {
            String group = line.substring(start, and.start());
            if (group.contains(",")) {
                out.add(group.trim());
                start = and.end();
            }
        }
        out.add(line.substring(start).trim());
        return out.size() > 1 && out.stream().allMatch(p -> SURNAMES_FIRST.matcher(p).matches() && nameLike(p)) ? out : List.of(line);
    }

    /**
     * The text's parts between separators, when each looks like a name (and, for line breaks, all
     * are written alike); else the text as one part.
     */
    private static List<String> parts(String text, Pattern separator, boolean alike, int idCount) {
        List<String> parts = new ArrayList<>();
        for (String p : separator.split(text)) {
            if (!TextFold.isBlank(p)) {
                parts.add(p.trim());
            }
        }
        // two names only when each is written "SURNAMES, Given", or the cédula cell holds one cédula for each: "Luis Alberto⏎Ramírez
        // Soto" (a name wrapped in its cell), "María Ríos; Sin Información", "Pedro Díaz / Policía Nacional" are one person and a note
        boolean named = parts.stream().allMatch(p -> p.contains(",")) || parts.size() == idCount;
        if (parts.size() > 1 && named && parts.stream().allMatch(SeveralPeople::nameLike) && sameShape(parts) && (!alike || alike(parts))) {
            return parts;
        }
        // "PÉREZ GÓMEZ,\nJuan" (a name wrapped in its cell) or "PÉREZ, Juan; alias El Gato": one person
        return List.of(text.trim());
    }

    /** The distinct cédulas of an ID cell as written, when it holds two or more; else none. */
    private static List<String> ids(String cell) {
        return NationalId.severalAsWritten(cell);
    }

    /** Two words or more, all of letters, the first a capital; not a note in brackets nor an alias. */
    private static boolean nameLike(String part) {
        String[] words = part.trim().split("[\\s,]+");
        if (words.length < 2 || !Character.isUpperCase(part.codePointAt(0)) || TextFold.fold(words[0]).equals("alias")) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && !WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /** True when the parts are all written "SURNAMES, Given" or none is ("PÉREZ, Juan; Menor De Edad" is one person and a note). */
    private static boolean sameShape(List<String> parts) {
        long commas = parts.stream().filter(p -> p.contains(",")).count();
        return commas == 0 || commas == parts.size();
    }

    /** True when the parts are all in capitals or none is ("PÉREZ GÓMEZ" over "Juan Carlos" is one name broken over two lines). */
    private static boolean alike(List<String> parts) {
        long capitals = parts.stream().filter(p -> p.equals(p.toUpperCase(Locale.ROOT))).count();
        return capitals == 0 || capitals == parts.size();
    }
}
