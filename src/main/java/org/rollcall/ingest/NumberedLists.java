package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.text.TextFold;

/**
 * Where the numbered lists of a communiqué are, and what the lines between their entries are: the
 * runs of lines numbered 1, 2, 3, … (a mistyped number inside one, a list numbered anew under each
 * heading), the headings over and between them, and which runs hold people rather than articles of
 * a decree. Plain functions of the communiqué's lines, used by {@link CommuniqueReader}.
 */
final class NumberedLists {

    /**
     * Lines holding a cédula, in a communiqué where no numbered list was found, from which on the
     * file holds a list rollcall could not read: a file-level problem, never a silent zero.
     */
    static final int UNREAD_LIST_LINES = 5;

    /** Largest step between two consecutive numbers of one list. */
    static final int MAX_GAP = 5;

    /**
     * A numbered line: the number, then "." ")" "º" or ":" and a space, a dash with or without a
     * mark before it ("1.-", "1 -", "1–"), a mark straight before a letter ("1.NOMBRE"), or spaces
     * before a capital ("1 NOMBRE", a table row's number cell); the number may follow "N°", "Nº",
     * "No.", "Nro.", "Núm." or "#" ("N° 1 - NOMBRE"). "1.5 millones", "12.345.678",
     * "1-2-2026" and "5 personas" are not numbered.
     */
    static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(?:(?i:n\\s*[°º]|no\\.|nro\\.?|n[úu]m(?:ero)?\\.?|#)\\s*)?(\\d{1,9})\\s*(?:[.)º°:]?\\s*[-–—]\\s*+(?=\\D)|[.)º°:]\\s+|[.)º°:](?=\\p{L})|\\s+(?=[\\p{Lu}\"'«]))(.*\\S)\\s*$");

    /** A cédula: V or E (then a hyphen, spaces, or a dot right before the digits: "V.12.345.674"), then 6 to 8 digits, with or without thousands dots. */
    static final Pattern ID = Pattern.compile(
            "(?i)(?:\\bc\\s*\\.?\\s*i\\s*\\.?\\s*(?:n\\s*[°º]\\s*\\.?)?\\s*:?\\s*|\\bc[ée]dula(?:\\s+de\\s+identidad)?\\s*(?:n\\s*[°º]\\s*\\.?)?\\s*:?\\s*"
                    + "|\\bid\\s*(?:no\\.?|number)?\\s*:?\\s*)?"
                    + "\\b([ve])?(?:\\.(?=\\d)|\\s*-?\\s*)(\\d{1,2}(?:\\.\\d{3}){2}|\\d{3}\\.\\d{3}|\\d{6,8})\\b");

    /** Fewest digits a cédula ({@link #ID}) is written with: six ("123.456", "123456"); a text with fewer holds none. */
    private static final int ID_MIN_DIGITS = 6;

    /** Runs of white space, as {@code String.split("\\s+")} splits (compiled once: a list line is split several times). */
    static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * A matcher that has found the first cédula ({@link #ID}) in {@code text}, or {@code null} when
     * it holds none. A text with fewer than {@value #ID_MIN_DIGITS} digits is not searched: no form
     * of the number fits in it (at 200,000 list entries the search was most of a communiqué's reading).
     */
    static Matcher findId(CharSequence text) {
        int digits = 0;
        int first = -1;
        for (int i = 0, n = text.length(); i < n && digits < ID_MIN_DIGITS; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                first = digits++ == 0 ? i : first;
            }
        }
        if (digits < ID_MIN_DIGITS) {
            return null;
        }
        // a match holds only label characters before its number, so none starts before the run of them that ends at the first digit
        int from = first;
        while (from > 0 && ID_PREFIX.indexOf(text.charAt(from - 1)) >= 0) {
            from--;
        }
        Matcher m = ID.matcher(text);
        return m.find(from) ? m : null;
    }

    /**
     * Every character {@link #ID} matches before a cédula's digits ("C.I. N° ", "cédula de identidad: ",
     * "id number ", "V-"), in either case, with the white space of {@code \s}.
     */
    private static final String ID_PREFIX = "cCiInNeEdDuUlLaAtToOmMbBrRvVéÉ°º.:- \t\n\u000B\f\r";

    /** True when {@code text} holds a cédula ({@link #ID}). */
    static boolean hasId(CharSequence text) {
        return findId(text) != null;
    }

    /**
     * As {@code text.matches(".*\\d.*")}, without compiling the pattern on each call: a digit, and
     * none of the characters a regex's dot does not match (line ends: {@code \n \r \u0085 \u2028 \u2029}).
     */
    static boolean digitOnOneLine(String text) {
        boolean digit = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
            digit |= c >= '0' && c <= '9';
        }
        return digit;
    }

    /** An ID label with no usable number after it: "C.I. no indicada", "cédula: S/N", "CI: no disponible". */
    static final Pattern ID_LABEL = Pattern.compile(
            "(?i)[,;(\\-–—]*\\s*(?:\\bc\\s*\\.?\\s*i\\s*\\.?(?=[\\s:.,N°º]|$)|\\bc[ée]dula|\\bid\\b)\\s*(?:de\\s+identidad)?\\s*(?:n\\s*[°º]\\s*\\.?)?\\s*:?\\s*(.*)$");

    /** The word that opens a heading naming a region: "Estado Lara", "REGIÓN ANDINA", "Municipio Sucre". */
    static final Pattern REGION_WORD = Pattern.compile(
            "(?iu)^\\s*(?:estado|regi[óo]n|provincia|departamento|municipio|distrito|parroquia|entidad|state|region|province)\\b");

    /** Most words a heading between entries has. */
    static final int HEADING_WORDS = 6;

    private NumberedLists() {
    }

    /**
     * True when line {@code i}, numbered out of sequence, is the entry numbered {@code expected}
     * with a typo: it reads like a person, and the next numbered line goes on from {@code expected}
     * (or starts a new list, or there is none).
     */
    static boolean continuesAfter(List<String> lines, int i, int expected) {
        Matcher self = NUMBERED.matcher(lines.get(i));
        if (!self.matches() || !personLike(self.group(2))) {
            return false;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            Matcher n = NUMBERED.matcher(lines.get(j));
            if (n.matches()) {
                int number = Integer.parseInt(n.group(1));
                return number == expected + 1 || number == expected + 2 || number == 1;
            }
        }
        return true;
    }

    static boolean startsWithIdLabel(String line) {
        Matcher m = ID_LABEL.matcher(line);
        return m.find() && m.start() == 0;
    }

    /** Most words a heading with a count has: "Estado Nueva Esparta (4):". */
    private static final int HEADING_COUNT_WORDS = 4;

    /** A count of the people under a heading, in parentheses: "ZULIA (12):", "Estado Lara (3 personas)". */
    private static final Pattern HEADING_COUNT = Pattern.compile(
            "(?iu)\\s*\\(\\s*\\d{1,6}\\s*(?:personas?|ciudadanos?|ciudadanas?|beneficiarios?|casos?)?\\s*\\)(?=\\s*:?\\s*$)");

    /**
     * The line as a heading is judged: trimmed, and a count in parentheses at its end left out when
     * at most {@value #HEADING_COUNT_WORDS} words remain (a state's name and its count; a sentence
     * stating a figure stays text).
     */
    private static String headingText(String line) {
        String stripped = HEADING_COUNT.matcher(line).replaceAll("").trim();
        return stripped.split("\\s+").length <= HEADING_COUNT_WORDS ? stripped : line.trim();
    }

    /** True when a line strictly between {@code from} and {@code to} is a heading. */
    static boolean headingBetween(List<String> lines, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (heading(lines, k) || headingAfterEntry(lines, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A heading between two entries of a list whose numbering goes on under it: a line of at most
     * {@value #HEADING_WORDS} words without digits, written in capitals or naming a region
     * ("MÉRIDA", "Estado Lara"), followed (after blank lines) by a numbered line. Only where it
     * cannot be a wrapped name (the entry above holds its cédula), or when it names a region.
     */
    static boolean headingAfterEntry(List<String> lines, int i) {
        String line = headingText(lines.get(i));
        if (line.isEmpty() || NUMBERED.matcher(line).matches() || WHITESPACE.split(line).length > HEADING_WORDS || digitOnOneLine(line)
                || !line.equals(line.toUpperCase()) && !REGION_WORD.matcher(line).find()) {
            return false;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            if (!TextFold.isBlank(lines.get(j))) {
                return NUMBERED.matcher(lines.get(j)).matches();
            }
        }
        return false;
    }

    /**
     * A heading over a list: a short line without a cédula, not numbered, ending with ":", naming a
     * region ("Estado Lara", "Región Andina"), or followed (after blank lines) by the first entry of
     * a list.
     */
    static boolean heading(List<String> lines, int i) {
        String line = headingText(lines.get(i));
        if (line.isEmpty() || NUMBERED.matcher(line).matches() || WHITESPACE.split(line).length > 10 || digitOnOneLine(line)) {
            return false;
        }
        if (line.endsWith(":") || REGION_WORD.matcher(line).find() && line.split("\\s+").length <= HEADING_WORDS) {
            return true;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            if (!TextFold.isBlank(lines.get(j))) {
                Matcher m = NUMBERED.matcher(lines.get(j));
                return m.matches() && Integer.parseInt(m.group(1)) <= MAX_GAP
                        && !(line.equals(line.toUpperCase()) && continuesNumberAbove(lines, i, Integer.parseInt(m.group(1))));
            }
        }
        return false;
    }

    /**
     * True when the nearest numbered line above line {@code i} is numbered below {@code next}: a
     * line in capitals there stands inside one list (a name wrapped between entries 3 and 4), not
     * over a new one; a repeated table header ("Nombre y apellido C.I.") is in mixed case.
     */
    static boolean continuesNumberAbove(List<String> lines, int i, int next) {
        for (int k = i - 1; k >= 0; k--) {
            Matcher m = NUMBERED.matcher(lines.get(k));
            if (m.matches()) {
                int above = Integer.parseInt(m.group(1));
                return above < next;
            }
        }
        return false;
    }

    /**
     * The lists of names: the longest numbered run, and other runs (a list numbered anew under
     * each heading: state, facility) when most of their entries, like the longest run's, carry a
     * cédula; decree articles do not. In document order.
     */
    static List<int[]> lists(List<String> lines) {
        List<int[]> runs = new ArrayList<>();
        int from = 0;
        while (from < lines.size()) {
            int[] run = runFrom(lines, from);
            if (run == null) {
                break;
            }
            runs.add(run);
            from = run[1] + 1;
        }
        int[] longest = runs.stream().max(Comparator.comparingInt(r -> r[2])).orElse(null);
        if (longest == null || longest[2] == 0) {
            return List.of();
        }
        double longestPersonLike = personLike(lines, longest); // read once: a list of 200,000 entries is read in seconds
        if (longest[2] == 1 && longestPersonLike == 0) {
            return List.of();
        }
        if (longestPersonLike < 0.5 && idLinesOutside(lines, runs) >= UNREAD_LIST_LINES) {
            return List.of(); // numbered articles of a decree, and the names written elsewhere in a way not read: a file problem, not a list
        }
        boolean idList = longestPersonLike >= 0.8;
        List<int[]> out = new ArrayList<>();
        for (int[] r : runs) {
            boolean underHeading = blankThenHeading(lines, r[0]);
            if (r == longest || (idList && (r[2] >= 2 || underHeading) && personLike(lines, r) >= 0.8)) {
                out.add(r);
            }
        }
        return out;
    }

    /** True when the nearest non-blank line above {@code first} is a heading. */
    static boolean blankThenHeading(List<String> lines, int first) {
        int k = first - 1;
        while (k >= 0 && TextFold.isBlank(lines.get(k))) {
            k--;
        }
        return k >= 0 && (heading(lines, k) || headingAfterEntry(lines, k));
    }

    /** The lines outside every numbered run that hold a cédula. */
    static int idLinesOutside(List<String> lines, List<int[]> runs) {
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            int line = i;
            if (runs.stream().noneMatch(r -> line >= r[0] && line <= r[1]) && hasId(lines.get(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * The share of a run's entries that read like a person: a cédula or an ID label ("C.I. S/N"),
     * or a name alone (2 to 8 words, no digits, no closing full stop). Decree articles do not.
     */
    static double personLike(List<String> lines, int[] run) {
        int n = 0;
        int people = 0;
        for (int i = run[0]; i <= run[1]; i++) {
            Matcher m = NUMBERED.matcher(lines.get(i));
            if (m.matches()) {
                n++;
                people += personLike(m.group(2)) ? 1 : 0;
            }
        }
        return n == 0 ? 0 : (double) people / n;
    }

    static boolean personLike(String text) {
        String t = text.trim();
        int words = WHITESPACE.split(t).length;
        return hasId(t) || ID_LABEL.matcher(t).find() || (words >= 2 && words <= 8 && !digitOnOneLine(t) && !t.endsWith("."));
    }

    /**
     * The first run of numbered lines at or after {@code from}: from a number of at most
     * {@link #MAX_GAP}, each next number larger by 1 to {@link #MAX_GAP}, as [first line index,
     * last line index, entries]; lines that are not numbered (blank lines, page headers) may stand
     * between entries. {@code null} when no numbered line is left.
     */
    static int[] runFrom(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            Matcher m = NUMBERED.matcher(lines.get(i));
            if (!m.matches() || Integer.parseInt(m.group(1)) > MAX_GAP) {
                continue;
            }
            int previous = Integer.parseInt(m.group(1));
            int count = 1;
            int last = i;
            for (int j = i + 1; j < lines.size(); j++) {
                Matcher n = NUMBERED.matcher(lines.get(j));
                if (n.matches()) {
                    int number = Integer.parseInt(n.group(1));
                    if (number <= previous || number > previous + MAX_GAP) {
                        if (number <= MAX_GAP && headingBetween(lines, last, j)) {
                            break; // a list numbered anew under a heading (a state: "MÉRIDA:"), not a typo in this one
                        }
                        if (!continuesAfter(lines, j, previous + 1)) {
                            break;
                        }
                        number = previous + 1; // a typo in the numbering: the next entry goes on from here
                    }
                    previous = number;
                    count++;
                    last = j;
                }
            }
            if (last + 1 < lines.size() && PrintedTable.nameCut(lines.get(last), CommuniqueReader.NO_ID)
                    && !NUMBERED.matcher(lines.get(last + 1)).matches() && PrintedTable.wrappedEnd(lines.get(last + 1), CommuniqueReader.NO_ID)) {
                last++; // the last entry's name wrapped onto the line below it, with its cédula or "S/C" ("SALAZAR S/C Miranda")
            }
            while (last + 1 < lines.size() && startsWithIdLabel(lines.get(last + 1)) && !NUMBERED.matcher(lines.get(last + 1)).matches()) {
                last++; // the last entry's cédula on the line below it ("C.I. V-17.888.999") belongs to the list
            }
            return new int[] {i, last, count};
        }
        return null;
    }
}
