package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.text.TextFold;

/**
 * What the sentence that opens an announcement's numbered list says its people are: the people of
 * the amnesty (the default), or of something the communiqué itself says is not one — "Asimismo, se
 * acordó medida cautelar sustitutiva, sin que ello constituya amnistía, a TRES (3) ciudadanos:",
 * "Las siguientes personas no fueron beneficiadas por la amnistía:", "Continúan privados de
 * libertad:". Such a list's names are not counted as announced amnesties.
 *
 * <p>Read to err towards the amnesty: a real list read as no amnesty would vanish from every
 * figure, so only the sentence right above the list decides (a colon that goes on ends a sentence
 * too: "…según las listas siguientes: Amnistiados:"), and the one before it only when that sentence
 * points at it ("Sus nombres son:"). In that sentence, in this order:
 * <ol>
 * <li>"sin que constituya amnistía", "no constituye amnistía", "no es una amnistía": not an amnesty;
 * <li>a grant of the amnesty ("se otorga amnistía …", "han sido ahora beneficiados", "acordó otorgar
 *     el beneficio"), whatever else it says ("… que no fueron incluidos en la amnistía anterior"):
 *     the amnesty;
 * <li>the amnesty denied to the people ("no se les concedió la amnistía", "excluidos de la
 *     amnistía", "no califican para la amnistía", "no procede la amnistía", "pese a la amnistía",
 *     "no fueron beneficiadas"): not an amnesty;
 * <li>the amnesty named otherwise, or "beneficiarios" (the list of the announcement's
 *     beneficiaries): the amnesty;
 * <li>another measure given or kept, with its verb ("se acordó medida cautelar", "fueron
 *     beneficiados con régimen de presentación", "continúan detenidos", "permanecen bajo arresto
 *     domiciliario") — not its end ("cesa la medida cautelar", "se revoca el arresto domiciliario")
 *     nor a bare heading ("Con medida cautelar de arresto domiciliario"): not an amnesty.
 * </ol>
 * A list whose sentence says none of these (a heading "Estado Lara" over a list numbered anew) is
 * what the list above it is; the first one is the amnesty's. Lists under contrasting headings, one
 * naming the amnesty ("Amnistiados:") and another a measure ("Con medida cautelar:"), are told
 * apart though the measure's heading has no verb.
 */
final class ListIntroduction {

    private static final String AMNESTY = "(?:la |el |una |un )?(?:beneficio de (?:la )?|ley de )?(?:amnist|amnest)";

    /** The sentence says what follows is no amnesty. */
    private static final Pattern NOT_ONE = Pattern.compile("\\bsin que (?:ello |esto |la misma |esta |dicha medida |eso )?"
            + "(?:constituy|signifiqu|impliqu|supong|represent)\\w* (?:de )?" + AMNESTY
            + "|\\bno (?:constituy|signific|implic|supon|represent|equival)\\w* (?:a )?" + AMNESTY
            + "|\\bno (?:es|son|sera|seran|se trata de) " + AMNESTY
            + "|\\b(?:is|are) not (?:an |a )?amnest");

    /** The sentence grants the amnesty (a negated verb is no grant: "no se otorgó"). */
    private static final Pattern GRANTS = Pattern.compile("(?<!\\bno )\\bse (?:les? )?(?:otorga|otorgan|otorgo|otorgaron|concede|conceden|concedio"
            + "|concedieron|acuerda|acordo|beneficia|benefician)\\b|\\b(?:ha|han) sido (?:ahora |hoy |finalmente )?(?:beneficiad|amnistiad)"
            + "|\\bacordo (?:otorgar|conceder)|\\b(?:were|are|have been) (?:granted|pardoned)|\\bgrants? (?:the )?amnest");

    private static final String NEGATED = "\\bno (?:(?:se )?(?:les? )?)?(?:(?:fue|fueron|ha|han|han sido|ha sido|resulto|resultaron|quedan|quedaron|esta"
            + "|estan|estar|ser|son|seran|se encuentran) )?(?:sido )?";

    /** The sentence denies the amnesty to its people. */
    private static final Pattern DENIES = Pattern.compile(NEGATED + "(?:amnistiad|beneficiad|amparad|favorecid)"
            + "|" + NEGATED + "(?:incluid|cubiert|comprendid|contemplad|alcanzad)\\w*(?: \\w+){0,4}? " + AMNESTY
            + "|\\bno (?:se )?(?:les? )?(?:concedio|otorgo|concedieron|otorgaron|aplico|aplicaron|concede|otorga) " + AMNESTY
            + "|\\bno (?:se )?(?:benefici|califica|procede|aplica)\\w*(?: \\w+){0,3}? " + AMNESTY
            + "|\\bno (?:cumpl|reun|satisfac)\\w* (?:con )?(?:los |las )?(?:requisitos|condiciones)"
            + "|\\b(?:se (?:les? )?)?(?:nego|negaron|denego|denegaron|rechazo|rechazaron) " + AMNESTY
            + "|\\bfuera de(?: el| la)? (?:alcance de )?" + AMNESTY + "|\\bpese a " + AMNESTY
            + "|\\bamnist\\w* no (?:alcanza|cubre|comprende|ampara|beneficia|aplica|incluye)"
            + "|\\bnot (?:been )?(?:granted|covered|amnestied|pardoned|eligible)");

    /** Words that deny the amnesty only in a sentence naming it ("excluidos de la amnistía", not "beneficiarios, excluidos los fallecidos"). */
    private static final Pattern DENIES_NAMED = Pattern.compile("\\b(?:excluid|exceptuad|exclusion|excepcion|negad|denegad|rechazad"
            + "|improcedente|sin lugar|excluded|denied|refused)");

    private static final Pattern AMNESTY_WORD = Pattern.compile("\\b(?:amnist|amnest)");

    /** Sentences (folded) naming the amnesty, or the announcement's beneficiaries. */
    private static final Pattern NAMES_AMNESTY = Pattern.compile("\\b(?:amnist|amnest|pardon|beneficiari)");

    /** Another measure, given or kept with its verb. */
    private static final Pattern OTHER_MEASURE = Pattern.compile("\\bmedidas? (?:cautelar|sustitutiv|alternativ)|\\barresto domiciliario"
            + "|\\bcasa por carcel|\\bregimen de presentacion|\\bpresentacion(?:es)? periodic|\\blibertad condicional"
            + "|\\bprohibicion de salida|\\bprivacion de (?:la )?libertad|\\bhouse arrest|\\bconditional release"
            + "|\\b(?:continuan|permanecen|siguen|seguiran|continuaran) (?:detenid|privad|recluid|encarcelad|presos|presas|bajo)"
            + "|\\bremain (?:in (?:detention|custody|prison)|detained)");

    /** A verb that gives or keeps a measure; without one, a sentence naming a measure is a heading. */
    private static final Pattern MEASURE_VERB = Pattern.compile("\\b(?:otorg|acord|conced|concedi|dict|impus|impon|aplic|recib|decret"
            + "|sustitu|benefici|permanec|continu|sigue|siguen|segui|qued|mantien|mantuv|granted|given|remain|placed)\\w*");

    /** The end of a measure: "cesa la medida cautelar", "se revoca el arresto domiciliario", "sin medidas cautelares". */
    private static final Pattern MEASURE_ENDS = Pattern.compile("\\b(?:cese|cesa|cesan|ceso|revoc\\w*|levant\\w*|sin efecto|fin|termino|sin)"
            + " (?:de )?(?:la |las |el |los |toda |todas las |todo )?(?:medidas?|arresto|regimen|libertad condicional|privacion)");

    /** A sentence that only points at the one before it: "Sus nombres son:", "La lista es la siguiente:". */
    private static final Pattern POINTER = Pattern.compile("^(?:sus nombres|la lista|los nombres|la relacion|a continuacion|son los siguientes"
            + "|se trata de|estos son|estas son|se benefician?|the list|their names|they are)\\b");

    /** A grant without a measure or the amnesty named ("se otorga a los siguientes CIEN (100) ciudadanos"): in an announcement, its amnesty. */
    private static final Pattern GRANTS_BARE = Pattern.compile("(?<!\\bno )\\b(?:se (?:les? )?)?(?:otorga|otorgan|otorgo|concede|conceden|concedio"
            + "|beneficia|benefician|acuerda|acordo)\\b(?: \\w+){0,3}? a\\b");

    /** A heading line over a list that says nothing ("Estado Lara", "Privados de libertad"): see through it to the sentence above. */
    private static boolean seeThrough(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.split("\\s+").length <= 7 && !t.matches(".*[\\d.:;!?]\\W*$") && !t.matches(".*\\d.*")
                && verdict(t) == Verdict.SAYS_NOTHING;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+|(?<=:)\\s+(?=\\S)");

    enum Verdict { AMNESTY, NOT_AN_AMNESTY, SAYS_NOTHING }

    private ListIntroduction() {
    }

    /**
     * For each numbered list of an announcement, the sentence that says it is not an amnesty, or
     * {@code null} when it is one.
     *
     * @param lines the communiqué's lines
     * @param runs the lists: first line, last line (as {@link NumberedLists#lists} gives them)
     * @param furniture the lines that are page furniture (running header or footer, page number: left out of the prose), or {@code null}
     */
    static List<String> notAnAmnesty(List<String> lines, List<int[]> runs, boolean[] furniture) {
        // a line printed twice or more (a letterhead on every page, even without page marks) is furniture, never an introduction
        Map<String, Integer> seen = new HashMap<>();
        lines.forEach(l -> seen.merge(TextFold.fold(l), 1, Integer::sum));
        boolean[] skip = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            skip[i] = furniture != null && furniture[i] || seen.get(TextFold.fold(lines.get(i))) > 1;
        }
        furniture = skip;
        List<String> out = new ArrayList<>(runs.size());
        List<String> headings = new ArrayList<>(runs.size());
        String previous = null;
        int from = 0;
        for (int[] run : runs) {
            String introduction = prose(lines, from, run[0], furniture);
            String decided = decide(introduction);
            String verdict = decided == null ? previous : decided.isEmpty() ? null : decided;
            out.add(verdict);
            headings.add(heading(lastLine(lines, from, run[0], furniture)));
            previous = verdict;
            from = run[1] + 1;
        }
        contrastHeadings(out, headings);
        return out;
    }

    /**
     * Lists set side by side under headings, one of them naming the amnesty ("Amnistiados:") and
     * another only a measure ("Con medida cautelar:"): the headings contrast, and the measure's list
     * is not the amnesty's, though its heading has no verb. Without a heading naming the amnesty
     * ("Privados de libertad:" / "Con medida cautelar:" under "Se otorga amnistía a:") they are
     * the amnesty's people grouped by their former situation, and stay as they were read.
     */
    private static void contrastHeadings(List<String> out, List<String> headings) {
        boolean amnestyHeading = headings.stream().anyMatch(h -> h != null && verdict(h) == Verdict.AMNESTY && NAMES_AMNESTY.matcher(TextFold.fold(h)).find());
        if (!amnestyHeading) {
            return;
        }
        for (int i = 0; i < headings.size(); i++) {
            String h = headings.get(i);
            if (h != null && verdict(h) == Verdict.SAYS_NOTHING && measureHeading(h)) {
                out.set(i, h);
            }
        }
    }

    /** A heading naming a measure given or kept, not its end ("Con medida cautelar:", "Arresto domiciliario"). */
    private static boolean measureHeading(String heading) {
        String folded = TextFold.fold(heading);
        return OTHER_MEASURE.matcher(folded).find() && !MEASURE_ENDS.matcher(folded).find();
    }

    /** The last line above a list that is not blank nor page furniture, or "". */
    private static String lastLine(List<String> lines, int from, int to, boolean[] furniture) {
        for (int i = to - 1; i >= from; i--) {
            if (!TextFold.isBlank(lines.get(i)) && (furniture == null || !furniture[i])) {
                return lines.get(i);
            }
        }
        return "";
    }

    /** The line's last sentence when it is a heading (seven words at most), else {@code null}. */
    private static String heading(String line) {
        String[] sentences = sentences(line);
        if (sentences.length == 0) {
            return null;
        }
        String last = sentences[sentences.length - 1].strip();
        return last.split("\\s+").length <= 7 ? last : null;
    }

    /** What one sentence says of the people it introduces (see the class comment). */
    static Verdict verdict(String sentence) {
        String folded = TextFold.fold(sentence);
        if (folded.isEmpty()) {
            return Verdict.SAYS_NOTHING;
        }
        if (NOT_ONE.matcher(folded).find()) {
            return Verdict.NOT_AN_AMNESTY;
        }
        boolean named = NAMES_AMNESTY.matcher(folded).find();
        if (named && GRANTS.matcher(folded).find()) {
            return Verdict.AMNESTY;
        }
        if (DENIES.matcher(folded).find() || AMNESTY_WORD.matcher(folded).find() && DENIES_NAMED.matcher(folded).find()) {
            return Verdict.NOT_AN_AMNESTY;
        }
        if (named) {
            return Verdict.AMNESTY;
        }
        boolean ends = MEASURE_ENDS.matcher(folded).find();
        boolean measure = OTHER_MEASURE.matcher(folded).find();
        if (measure && !ends && MEASURE_VERB.matcher(folded).find()) {
            return Verdict.NOT_AN_AMNESTY;
        }
        if (ends || !measure && GRANTS_BARE.matcher(folded).find()) {
            return Verdict.AMNESTY; // a measure ended ("cesan las medidas cautelares"), or a grant with nothing else named
        }
        return Verdict.SAYS_NOTHING;
    }

    /**
     * The verdict of an introduction read as a whole, as {@link #notAnAmnesty} reads the prose above
     * one list: the sentence that says it is not an amnesty, {@code ""} when it is the amnesty, or
     * {@code null} when it says nothing.
     */
    static String decide(String introduction) {
        String[] sentences = sentences(introduction);
        String sentence = sentences.length == 0 ? "" : sentences[sentences.length - 1];
        Verdict v = verdict(sentence);
        if (v == Verdict.SAYS_NOTHING && sentences.length > 1) {
            // the sentence before decides when the last only points at it ("Sus nombres son:"); otherwise it may only confirm the amnesty
            Verdict before = verdict(sentences[sentences.length - 2]);
            if (POINTER.matcher(TextFold.fold(sentence)).find() || before == Verdict.AMNESTY) {
                sentence = sentences[sentences.length - 2];
                v = before;
            }
        }
        return v == Verdict.SAYS_NOTHING ? null : v == Verdict.AMNESTY ? "" : sentence.strip();
    }

    /**
     * True when a sentence says in so many words that its people are not amnestied ("… sin que
     * constituya amnistía, a TRES (3) ciudadanos", "TRES (3) personas no fueron beneficiadas"), not
     * only that they got another measure.
     */
    static boolean deniesAmnesty(String sentence) {
        String folded = TextFold.fold(sentence);
        return NOT_ONE.matcher(folded).find() || !(NAMES_AMNESTY.matcher(folded).find() && GRANTS.matcher(folded).find())
                && (DENIES.matcher(folded).find() || AMNESTY_WORD.matcher(folded).find() && DENIES_NAMED.matcher(folded).find());
    }

    /** A grant of the amnesty in so many words: "se otorgó amnistía", "otorga el beneficio de amnistía", "concede la amnistía". */
    private static final Pattern GRANTS_AMNESTY = Pattern.compile("\\b(?:otorg|conced|concedi|acord)\\w*(?: \\w+){0,2}? " + AMNESTY);

    /**
     * True when, in the text before a figure, the amnesty was last granted rather than denied: in
     * "se otorgó amnistía a CUATRO (4) ciudadanos, y medida cautelar, sin que ello constituya
     * amnistía, a TRES (3)", the text before 4 ends in a grant, the text before 3 in a denial.
     */
    static boolean grantedBefore(String prefix) {
        String folded = TextFold.fold(prefix);
        int granted = lastEnd(GRANTS_AMNESTY, folded);
        return granted >= 0 && granted > Math.max(lastEnd(NOT_ONE, folded), lastEnd(DENIES, folded));
    }

    private static int lastEnd(Pattern p, String text) {
        int end = -1;
        Matcher m = p.matcher(text);
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    private static String[] sentences(String text) {
        String t = text.strip();
        return t.isEmpty() ? new String[0] : SENTENCE_END.split(t);
    }

    /**
     * The non-blank lines from {@code from} up to (not including) {@code to}, page furniture and the
     * headings right above the list left out, as one text.
     */
    private static String prose(List<String> lines, int from, int to, boolean[] furniture) {
        List<String> kept = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!TextFold.isBlank(lines.get(i)) && (furniture == null || !furniture[i])) {
                kept.add(lines.get(i).strip());
            }
        }
        while (!kept.isEmpty() && seeThrough(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        return String.join(" ", kept);
    }
}
