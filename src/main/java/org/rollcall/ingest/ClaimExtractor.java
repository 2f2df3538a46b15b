package org.rollcall.ingest;

import org.rollcall.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.text.EnglishNumber;
import org.rollcall.text.SpanishNumber;
import org.rollcall.text.TextFold;

/**
 * Finds the figures a communiqué states about people: "se otorga amnistía a TRESCIENTOS SETENTA
 * Y NUEVE (379) ciudadanos", "379 personas", "cerca de 650 detenidos".
 *
 * <p>A figure counts when a word for people follows it within three words; what it counts
 * (amnestied, released, detained) comes from the sentence's verbs and nouns. A figure in words
 * followed by digits in parentheses is one claim, and a disagreement between the two is noted.
 * Years, dates, decree and ID numbers are not followed by a people word, so they are left out.
 */
public final class ClaimExtractor {

    private static final Set<String> PEOPLE = Set.of("personas", "persona", "ciudadanos", "ciudadanas", "ciudadano",
            "presos", "presas", "detenidos", "detenidas", "privados", "privadas", "venezolanos", "venezolanas",
            "hombres", "mujeres", "beneficiarios", "beneficiados", "people", "prisoners", "detainees", "persons");

    /**
     * Words for the people a figure counts that are also a verb's participle ("553 excarcelados", "suman 553 los
     * excarcelados"): people only right after the figure or its article, never across a verb ("el día 18 fueron liberados").
     */
    private static final Set<String> COUNTED_PEOPLE = Set.of("excarcelados", "excarceladas", "liberados", "liberadas", "amnistiados",
            "amnistiadas", "indultados", "indultadas", "beneficiarias", "beneficiadas");

    /** Words before a number that make it a reference, not a figure of people ("Gaceta Oficial N° 6 790", "Decreto 4.567"). */
    private static final Set<String> REFERENCE = Set.of("n", "no", "nro", "numero", "n°", "nº", "gaceta", "decreto", "resolucion", "ley",
            "articulo", "art", "expediente", "causa", "oficio", "providencia", "sentencia", "number");

    /** Word stems that say what a figure counts, Spanish and English, tried in this order. */
    private static final List<String[]> SUBJECT_STEMS = List.of(
            new String[] {"amnist", "amnestied"}, new String[] {"amnest", "amnestied"}, new String[] {"pardon", "amnestied"},
            new String[] {"excarcel", "released"}, new String[] {"liber", "released"}, new String[] {"releas", "released"},
            new String[] {"deport", "released"}, new String[] {"expuls", "released"}, new String[] {"desterr", "released"},
            new String[] {"destierro", "released"}, new String[] {"exiled", "released"}, new String[] {"expelled", "released"},
            new String[] {"deten", "detained"}, new String[] {"detain", "detained"}, new String[] {"detention", "detained"},
            new String[] {"privad", "detained"}, new String[] {"pres", "detained"}, new String[] {"benefici", "amnestied"});

    /** What a figure counts in a sentence that denies the amnesty to its people: never read as announced. */
    public static final String NOT_AMNESTIED = "not-amnestied";

    private static final Pattern WORD = Pattern.compile("\\(?[\\p{L}\\p{N}.,]+\\)?");
    private static final Pattern DIGITS = Pattern.compile("^\\d{1,3}(?:[.,]\\d{3})*$|^\\d+$");
    private static final Pattern GROUP = Pattern.compile("^\\d{3}[)\\],.;:]*$");
    private static final Pattern SPACE = Pattern.compile("[ \u00A0\u202F\u2009]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;:!?])\\s+|\\n\\s*\\n");

    private ClaimExtractor() {
    }

    /**
     * The claims in {@code text}.
     *
     * @param firstLine the 1-based line number of the text's first line in its file; a claim's
     *     line is the line its figure stands on
     */
    public static List<Claim> extract(String sourceId, String file, String text, int firstLine) {
        return extract(sourceId, file, text, firstLine, Messages.of("en"));
    }

    /** As above, a claim's problem (words and digits that disagree) in the language of {@code m}. */
    public static List<Claim> extract(String sourceId, String file, String text, int firstLine, Messages m) {
        return extract(sourceId, file, text, firstLine, m, List.of());
    }

    /**
     * As above, for a communiqué read after others of its source: a figure of people amnestied that
     * recalls an earlier grant ("mediante el Comunicado N° 377 se otorgó la amnistía a 42") is
     * {@link ClaimRoles#RECALLED}, and a total that counts the earlier communiqués' people too ("ya
     * son 47") is {@link ClaimRoles#TOTAL}, so that neither is taken for the file's own figure (see
     * {@link ClaimRoles}).
     *
     * @param earlier the claims already read from the source's earlier files, in reading order
     */
    public static List<Claim> extract(String sourceId, String file, String text, int firstLine, Messages m, List<Claim> earlier) {
        return extract(sourceId, file, text, firstLine, m, earlier, false);
    }

    /**
     * As above, for a communiqué that may be a correction of an earlier one ({@link Corrections}):
     * its figures of people amnestied grant nothing new. A figure the correction sets as the total
     * ("el número de beneficiarios queda en DOS (2)") is {@link ClaimRoles#CORRECTED}, the others
     * (the figure it recalls: "mediante el cual se otorgó … a TRES (3)") {@link ClaimRoles#RECALLED}.
     *
     * @param correction the text is a correction communiqué
     */
    public static List<Claim> extract(String sourceId, String file, String text, int firstLine, Messages m, List<Claim> earlier,
            boolean correction) {
        List<ClaimRoles.Found> found = new ArrayList<>();
        int offset = 0;
        for (String sentence : SENTENCE_END.split(text)) {
            int at = Math.max(text.indexOf(sentence, offset), 0);
            offset = Math.max(offset, at);
            extractSentence(sourceId, file, sentence, text, at, firstLine, m, found, correction);
        }
        return ClaimRoles.settle(found, earlier, m, correction);
    }

    private static void extractSentence(String sourceId, String file, String sentence, String text, int at, int firstLine, Messages messages,
            List<ClaimRoles.Found> out, boolean correction) {
        List<String> raw = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            raw.add(m.group());
            starts.add(at + m.start());
        }
        String flat = sentence.replaceAll("\\s+", " ").trim();
        String subject = subjectOf(flat);
        List<String> folded = raw.stream().map(w -> TextFold.fold(stripPunct(w))).toList();
        int i = 0;
        int clauseStart = 0;
        boolean figureInSentence = false;
        while (i < raw.size()) {
            String w = stripPunct(raw.get(i));
            Long words = null;
            int j = i;
            boolean spanish = isWordNumberStart(w);
            boolean english = !spanish && isEnglishNumberStart(w);
            if (spanish || english) {
                while (j < raw.size() && (spanish ? SpanishNumber.isNumberWord(stripPunct(raw.get(j))) : EnglishNumber.isNumberWord(stripPunct(raw.get(j))))) {
                    j++;
                }
                while (j > i && List.of("y", "and").contains(TextFold.fold(stripPunct(raw.get(j - 1))))) {
                    j--;
                }
                String phrase = String.join(" ", raw.subList(i, j).stream().map(ClaimExtractor::stripPunct).toList());
                OptionalLong v = spanish ? SpanishNumber.parse(phrase) : EnglishNumber.parse(phrase);
                words = v.isPresent() ? v.getAsLong() : null;
            }
            Long digits = null;
            int k = words != null ? j : i;
            if (k < raw.size() && DIGITS.matcher(stripPunct(raw.get(k))).matches()) {
                StringBuilder number = new StringBuilder(stripPunct(raw.get(k)).replaceAll("[.,]", ""));
                boolean grouped = stripPunct(raw.get(k)).matches("\\d{1,3}");
                k++;
                // "1 200 personas": thousands grouped with a space (or a no-break or thin space), as Spanish style writes them
                while (grouped && k < raw.size() && GROUP.matcher(raw.get(k)).matches() && !raw.get(k - 1).matches(".*[.,;:)]$")
                        && SPACE.matcher(sentence.substring(starts.get(k - 1) - at + raw.get(k - 1).length(), starts.get(k) - at)).matches()) {
                    number.append(stripPunct(raw.get(k)));
                    k++;
                }
                digits = Long.parseLong(number.toString());
            }
            if (words == null && digits == null || i > 0 && REFERENCE.contains(TextFold.fold(raw.get(i - 1)).replaceAll("[.:]+$", ""))) {
                i = Math.max(k, i + 1);
                continue;
            }
            if (followedByPeople(raw, k)) {
                long value = digits != null ? digits : words;
                String problem = words != null && digits != null && !words.equals(digits)
                        ? messages.format("claim.words-vs-digits", String.valueOf(words), String.valueOf(digits)) : null;
                int line = firstLine + (int) text.substring(0, starts.get(i)).chars().filter(c -> c == '\n').count();
                // one sentence may grant the amnesty to some and deny it to others ("amnistía a CUATRO (4) …, y medida cautelar, sin que
                // ello constituya amnistía, a TRES (3) …"): each figure takes what was said last before it
                String own = subject.equals(NOT_AMNESTIED) && ListIntroduction.grantedBefore(text.substring(at, starts.get(i))) ? "amnestied" : subject;
                if (!out.isEmpty() && ClaimRoles.breakdown(folded.subList(clauseStart, i), figureInSentence)) {
                    own = ClaimRoles.BREAKDOWN; // "a TRES (3) ciudadanos, de los cuales DOS (2) son mujeres": a part of the 3, not 2 more
                }
                ClaimRoles.Role role = correction && Corrections.correctsTotal(folded.subList(clauseStart, i)) ? ClaimRoles.Role.CORRECTED
                        : ClaimRoles.roleOf(folded.subList(clauseStart, i), trailer(raw, folded, k), own);
                if (correction && role == ClaimRoles.Role.PLAIN && Corrections.recalls(folded.subList(0, i))) {
                    role = ClaimRoles.Role.RECALLED; // "en relación con la lista publicada de 312 beneficiarios"
                }
                out.add(new ClaimRoles.Found(new Claim(sourceId, file, line, own, value, flat, problem), role));
                clauseStart = Math.max(k, i + 1);
                figureInSentence = true;
            }
            i = Math.max(k, i + 1);
        }
    }

    /** The words after a figure up to the end of its clause (a comma or semicolon), eight at most. */
    private static List<String> trailer(List<String> raw, List<String> folded, int from) {
        int to = from;
        while (to < raw.size() && to < from + 8) {
            to++;
            if (raw.get(to - 1).matches(".*[,;]\\)?$")) {
                break;
            }
        }
        return folded.subList(Math.min(from, to), to);
    }

    private static boolean isEnglishNumberStart(String w) {
        String f = TextFold.fold(w);
        return EnglishNumber.isNumberWord(f) && !f.equals("and") && !f.equals("one");
    }

    private static boolean isWordNumberStart(String w) {
        String f = TextFold.fold(w);
        return SpanishNumber.isNumberWord(f) && !f.equals("y") && !f.equals("un") && !f.equals("una") && !f.equals("uno");
    }

    private static boolean followedByPeople(List<String> raw, int from) {
        for (int k = from; k < Math.min(raw.size(), from + 3); k++) {
            if (PEOPLE.contains(TextFold.fold(stripPunct(raw.get(k))))) {
                return true;
            }
        }
        int at = from < raw.size() && List.of("los", "las", "the").contains(TextFold.fold(stripPunct(raw.get(from)))) ? from + 1 : from;
        return at < raw.size() && COUNTED_PEOPLE.contains(TextFold.fold(stripPunct(raw.get(at))));
    }

    private static String subjectOf(String sentence) {
        if (ListIntroduction.deniesAmnesty(sentence)) {
            return NOT_AMNESTIED; // "medida cautelar, sin que constituya amnistía, a TRES (3) ciudadanos": not the communiqué's figure
        }
        String folded = TextFold.fold(sentence);
        for (String[] stem : SUBJECT_STEMS) {
            if (folded.matches("(?s).*\\b" + stem[0] + ".*")) {
                // "TRES (3) ciudadanos fueron beneficiados con medida cautelar": a benefit, but another measure's
                return stem[1].equals("amnestied") && ListIntroduction.verdict(sentence) == ListIntroduction.Verdict.NOT_AN_AMNESTY
                        ? NOT_AMNESTIED : stem[1];
            }
        }
        return "people";
    }

    private static String stripPunct(String w) {
        return w.replaceAll("^[(\\[]+|[)\\],.;:]+$", "");
    }
}
