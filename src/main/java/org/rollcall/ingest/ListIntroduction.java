package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rollcall.text.TextFold;

/**
 * What the prose just above a communiqué's numbered list says its people are: the people of the
 * amnesty (the default: the source is an announcement), or of something the communiqué itself says
 * is not one — "Asimismo, se acordó medida cautelar sustitutiva, sin que ello constituya amnistía, a
 * TRES (3) ciudadanos:", "Las siguientes personas no fueron beneficiadas por la amnistía:", "Continúan
 * privados de libertad:". Such a list's names are not counted as announced amnesties.
 *
 * <p>The introduction is read sentence by sentence upwards from the list, no further than the list
 * above it: the nearest sentence that says something decides. A sentence that denies the amnesty
 * ("sin que constituya amnistía", "no constituye amnistía", "excluidos de la amnistía", "se les negó
 * la amnistía", "no fueron beneficiados") marks the list as not an amnesty; one that names the
 * amnesty otherwise marks it as one. A measure other than the amnesty with no word of the amnesty
 * ("medida cautelar", "arresto domiciliario", "régimen de presentación", "continúan detenidos") counts
 * only in the sentence that opens the list: elsewhere it may describe the amnestied people's
 * conditions. A list whose introduction says nothing of either (a heading "Estado Lara" over a list
 * numbered anew) is what the list above it is; the first such list is the amnesty's.
 */
final class ListIntroduction {

    private static final String AMNESTY = "(?:la |el |una |un )?(?:beneficio de (?:la )?|ley de )?(?:amnist|amnest)";

    private static final String NEGATED = "\\bno (?:(?:fue|fueron|ha|han|han sido|ha sido|resulto|resultaron|quedan|quedaron|esta|estan|son|seran"
            + "|se encuentran) )?(?:sido )?";

    /** Sentences (folded) that deny the amnesty to the people they introduce, naming it. */
    private static final Pattern DENIES = Pattern.compile("\\bsin que (?:ello |esto |la misma |esta |dicha medida |eso )?"
            + "(?:constituy|signifiqu|impliqu|supong|represent)\\w* (?:de )?" + AMNESTY
            + "|\\bno (?:constituy|signific|implic|supon|represent|equival)\\w* (?:a )?" + AMNESTY
            + "|\\bno (?:es|son|sera|seran|se trata de) " + AMNESTY
            + "|" + NEGATED + "amnistiad"
            + "|" + NEGATED + "(?:beneficiad|amparad|incluid|cubiert|comprendid|contemplad|favorecid|alcanzad)\\w*(?: \\w+){0,4}? " + AMNESTY
            + "|\\b(?:excluid|exceptuad|exclusion|excepcion|negad|denegad|rechazad|improcedente)\\w* (?:de |a |para |por )?" + AMNESTY
            + "|\\b(?:se (?:les? )?)?(?:nego|negaron|denego|denegaron|rechazo|rechazaron) " + AMNESTY
            + "|\\bfuera de(?: el| la)? (?:alcance de )?" + AMNESTY
            + "|\\bnot (?:an |a |the )?amnest|\\bexcluded from (?:the )?amnest|\\bdenied (?:the )?amnest|\\bnot (?:been )?amnestied");

    /**
     * Sentences (folded) that deny a benefit without naming it ("no fueron beneficiadas"): read as
     * denying the amnesty only when the sentence names no amnesty ("… que no han sido beneficiadas
     * antes" after "se otorga amnistía" is no denial).
     */
    private static final Pattern DENIES_UNNAMED = Pattern.compile(NEGATED + "(?:beneficiad|amparad|favorecid)|\\bnot (?:been )?(?:granted|covered)");

    /** Sentences (folded) naming the amnesty. */
    private static final Pattern NAMES_AMNESTY = Pattern.compile("\\b(?:amnist|amnest|pardon)");

    /** Sentences (folded) naming another measure, or people kept in prison. */
    private static final Pattern OTHER_MEASURE = Pattern.compile("\\bmedidas? (?:cautelar|sustitutiv|alternativ)|\\barresto domiciliario"
            + "|\\bcasa por carcel|\\bregimen de presentacion|\\bpresentacion(?:es)? periodic|\\blibertad condicional"
            + "|\\bprohibicion de salida|\\b(?:continuan|permanecen|siguen|seguiran|continuaran) (?:detenid|privad|recluid|encarcelad|presos|presas)"
            + "|\\bhouse arrest|\\bremain (?:in (?:detention|custody|prison)|detained)");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+");

    private ListIntroduction() {
    }

    /**
     * For each numbered list, the sentence that says it is not an amnesty, or {@code null} when it
     * is one.
     *
     * @param lines the communiqué's lines
     * @param runs the lists: first line, last line (as {@link NumberedLists#lists} gives them)
     */
    static List<String> notAnAmnesty(List<String> lines, List<int[]> runs) {
        List<String> out = new ArrayList<>(runs.size());
        String previous = null;
        int from = 0;
        for (int[] run : runs) {
            String decided = decide(prose(lines, from, run[0]));
            String verdict = decided == null ? previous : decided.isEmpty() ? null : decided;
            out.add(verdict);
            previous = verdict;
            from = run[1] + 1;
        }
        return out;
    }

    /**
     * The sentence that denies the amnesty, {@code ""} when the nearest telling sentence names the
     * amnesty, or {@code null} when no sentence tells.
     */
    static String decide(String introduction) {
        String[] sentences = SENTENCE_END.split(introduction.strip());
        for (int s = sentences.length - 1; s >= 0; s--) {
            String sentence = sentences[s].strip();
            String folded = TextFold.fold(sentence);
            if (folded.isEmpty()) {
                continue;
            }
            boolean named = NAMES_AMNESTY.matcher(folded).find();
            if (DENIES.matcher(folded).find() || !named && DENIES_UNNAMED.matcher(folded).find()) {
                return sentence;
            }
            if (named) {
                return "";
            }
            if (s == sentences.length - 1 && OTHER_MEASURE.matcher(folded).find()) {
                return sentence;
            }
        }
        return null;
    }

    /** True when the sentence denies the amnesty to the people it counts ("sin que constituya amnistía, a TRES (3) ciudadanos"). */
    static boolean deniesAmnesty(String sentence) {
        return DENIES.matcher(TextFold.fold(sentence)).find();
    }

    /** The non-blank lines from {@code from} up to (not including) {@code to}, as one text. */
    private static String prose(List<String> lines, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (!TextFold.isBlank(lines.get(i))) {
                text.append(lines.get(i).strip()).append(' ');
            }
        }
        return text.toString();
    }
}
