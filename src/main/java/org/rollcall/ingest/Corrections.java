package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.text.TextFold;

/**
 * What a correction communiqué (a "fe de erratas", a "corrección por error material") says of an
 * earlier announcement: the people it takes off the list ("se excluye de la lista al ciudadano
 * TOVAR MIJARES, LUIS ALBERTO, C.I. V-15.432.101"), the entries it writes anew ("donde dice X, debe
 * decir Y"), and the total it corrects ("el número de beneficiarios queda en DOS (2)").
 *
 * <p>Read to err towards the list as published: a sentence withdraws people only when it says so
 * with its verb ("se excluye", "se retira", "se suprime", "se elimina", "queda sin efecto … respecto
 * de", "is removed from the list") and either names the list ("de la lista", "del listado", "de la
 * nómina", "del comunicado") or stands in a file that is a correction. An amnesty communiqué that
 * only mentions "excluidos" (the offences the law excludes, people it denies) withdraws nobody.
 */
final class Corrections {

    /** The words that make a file a correction of an earlier communiqué. */
    private static final Pattern MARK = Pattern.compile("\\bfe de erratas?\\b|\\berratas?\\b|\\berror(?:es)? material(?:es)?\\b|\\bcorreccion(?:es)?\\b"
            + "|\\bse (?:corrige|corrigen|rectifica|rectifican)\\b|\\bdonde dice\\b|\\berratum\\b|\\bcorrigendum\\b"
            + "|\\bcorrections? (?:to|of) (?:the |our |its )?(?:list|communique|announcement|statement)");

    /** A verb that takes people off a list. */
    private static final Pattern WITHDRAWS = Pattern.compile("\\bse (?:le |les )?(?:excluye|excluyen|excluyo|excluyeron|retira|retiran|retiro|retiraron"
            + "|suprime|suprimen|suprimio|elimina|eliminan|elimino|desincorpora|desincorporan|desincorporo)\\b"
            + "|\\b(?:is|are|was|were|has been|have been) (?:removed|withdrawn|struck|deleted|excluded|taken off)\\b|\\bwithdraws?\\b");

    /** The list the verb takes people off. */
    private static final Pattern LIST = Pattern.compile("\\b(?:de|del|en) (?:la |el )?(?:lista|listado|nomina|relacion|comunicado)\\b"
            + "|\\bfrom (?:the )?(?:list|communique|announcement)\\b");

    /** A grant undone for named people: "queda sin efecto el beneficio de amnistía respecto del ciudadano …". */
    private static final Pattern REVOKES = Pattern.compile("\\b(?:queda|quedan|quedo|quedaron|deja|dejan|dejo) sin efecto\\b"
            + "|\\bse (?:revoca|revocan|revoco|anula|anulan|anulo)\\b|\\b(?:is|are|was|were|has been|have been) (?:revoked|annulled|rescinded)\\b");
    private static final Pattern GRANT_NAMED = Pattern.compile("\\b(?:amnist|amnest|benefici|pardon)");

    /** A verb that puts people on the list in a correction: "se incluye en la lista al ciudadano …". */
    private static final Pattern ADDS = Pattern.compile("\\bse (?:le |les )?(?:incluye|incluyen|incorpora|incorporan|agrega|agregan|anade|anaden)\\b"
            + "|\\b(?:is|are|was|were|has been|have been) added\\b");

    /** "donde dice X, debe decir Y" (also "léase", "should read"). */
    private static final Pattern REPLACES = Pattern.compile("(?iu)\\bdonde\\s+dice\\s*:?\\s*(.+?)[,;]?\\s*\\b(?:debe\\s+decir|d[ée]be\\s+leerse|l[ée]ase)\\s*:?\\s*(.+)$"
            + "|\\bwhere\\s+it\\s+reads\\s*:?\\s*(.+?)[,;]?\\s*\\bit\\s+should\\s+read\\s*:?\\s*(.+)$");

    /** Words before a figure that say it is the corrected total: "queda en DOS (2)", "el total es de 310". */
    private static final List<String> CORRECTED_TOTAL = List.of("queda en", "quedan en", "quedando en", "queda fijado en", "queda fijada en",
            "queda establecido en", "queda establecida en", "se reduce a", "se reducen a", "reducido a", "reducida a", "se corrige a", "pasa a ser",
            "pasan a ser", "el total es de", "total es de", "el total correcto es", "total correcto es de", "el numero correcto es",
            "es ahora de", "ahora es de", "son ahora", "total definitivo es de", "now stands at", "stands at", "the total is", "corrected total", "correct total", "reduced to", "corrected to");

    /** A word in capitals (a name's part), with the commas and quotes that may close it. */
    private static final Pattern CAPITALS = Pattern.compile("[\"'«“]?\\p{Lu}[\\p{Lu}'’\\-.]*[\"'»”]?[,;]?");
    private static final Pattern CAPITALISED = Pattern.compile("[\"'«“]?\\p{Lu}[\\p{L}'’\\-.]*[\"'»”]?[,;]?");
    private static final List<String> PARTICLES = List.of("de", "del", "la", "las", "los", "y", "DE", "DEL", "LA", "LAS", "LOS", "Y");
    /** Capitals that are not names: "C.I.", a heading word, a roman numeral. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)c\\.?i\\.?|v|e|n[°º]?|nro\\.?|i{1,3}|iv|vi{0,3}");

    /** A person a correction names: the name as written and the cédula, or {@code null} when none is written. */
    record Named(String name, String id) {
    }

    /** "donde dice X, debe decir Y": the entry as it was written and the person as it is now. */
    record Replacement(String wrong, Named right) {
    }

    private Corrections() {
    }

    /**
     * True when a communiqué's prose is a correction of an earlier one: it says so ("fe de erratas",
     * "error material", "corrección", "donde dice"), or it takes people off "la lista".
     */
    static boolean isCorrection(String prose) {
        String folded = TextFold.fold(prose);
        boolean marked = MARK.matcher(folded).find();
        if (!marked && GRANTS_NOW.matcher(folded).find()) {
            // a communiqué granting the amnesty today ("se otorga … En consecuencia, queda sin efecto toda medida respecto de los
            // siguientes ciudadanos:", "se excluyen de la lista los condenados por …") is an amnesty, not a correction of one
            return false;
        }
        for (String sentence : folded.split("(?<=[.;!?])\\s+|\\n")) {
            // a word for a correction is not enough ("centro de corrección"): the text must also change the list or its total
            if (withdraws(sentence, false) || marked && (withdraws(sentence, true) || REPLACES.matcher(sentence).find()
                    || setsTotal(sentence) || adds(sentence))) {
                return true;
            }
        }
        return false;
    }

    /** A grant made by this very communiqué, in the present: "se otorga", "se conceden", "se acuerda". */
    private static final Pattern GRANTS_NOW = Pattern.compile("\\bse (?:les? )?(?:otorga|otorgan|concede|conceden|acuerda|acuerdan)\\b"
            + "|\\b(?:is|are) (?:hereby )?granted\\b");

    /** Words before a figure of a correction that recall the list it corrects: "la lista publicada de 312", "anunciados el 18". */
    private static final Pattern RECALLS = Pattern.compile("\\b(?:public|anunci|inform|divulg|difund|mediante|en relacion con|respecto (?:al|del)|published|announced)");

    /** True when the folded words before a figure in a correction recall the earlier communiqué or its list. */
    static boolean recalls(List<String> before) {
        return RECALLS.matcher(" " + String.join(" ", before) + " ").find();
    }

    /** True when the sentence takes people off the list (in a correction, naming the list is not needed). */
    static boolean withdraws(String sentence, boolean correction) {
        String folded = TextFold.fold(sentence);
        return WITHDRAWS.matcher(folded).find() && (correction || LIST.matcher(folded).find())
                || REVOKES.matcher(folded).find() && GRANT_NAMED.matcher(folded).find() && (correction || folded.contains("respecto"));
    }

    /** True when the sentence of a correction puts people on the list. */
    static boolean adds(String sentence) {
        return ADDS.matcher(TextFold.fold(sentence)).find();
    }

    /** True when the words before a figure say it is the corrected total (folded words, the last eight). */
    static boolean correctsTotal(List<String> before) {
        String last = " " + String.join(" ", before.subList(Math.max(0, before.size() - 8), before.size())) + " ";
        return CORRECTED_TOTAL.stream().anyMatch(w -> last.contains(" " + w + " "));
    }

    /** True when a folded sentence says what the total now is, anywhere in it. */
    private static boolean setsTotal(String folded) {
        String words = " " + String.join(" ", folded.split("[^\\p{L}\\p{N}]+")) + " ";
        return CORRECTED_TOTAL.stream().anyMatch(w -> words.contains(" " + w + " "));
    }

    /** The "donde dice … debe decir …" of a line, or {@code null}. */
    static Replacement replacement(String line) {
        Matcher m = REPLACES.matcher(line);
        if (!m.find()) {
            return null;
        }
        String wrong = unquote(m.group(1) != null ? m.group(1) : m.group(3));
        String right = m.group(2) != null ? m.group(2) : m.group(4);
        List<Named> named = people(right);
        if (named.isEmpty()) {
            String name = unquote(right.split("[,;.]\\s|[\"”»]")[0].isBlank() ? right : firstQuoted(right));
            return TextFold.isBlank(name) ? null : new Replacement(wrong, new Named(name, null));
        }
        return new Replacement(wrong, named.get(0));
    }

    /**
     * The people a sentence names, in order: each cédula with the name written right before it
     * (capitals or capitalised words, back to the first other word: "al ciudadano TOVAR MIJARES, LUIS
     * ALBERTO, C.I. V-15.432.101"); without a cédula, the first run of two words or more in capitals.
     */
    static List<Named> people(String text) {
        List<Named> out = new ArrayList<>();
        Matcher id = NumberedLists.ID.matcher(text);
        int from = 0;
        while (id.find()) {
            if (id.group(2).replaceAll("\\D", "").length() < 6) {
                continue;
            }
            String name = nameBefore(text.substring(from, id.start()));
            String cedula = (id.group(1) == null ? "" : id.group(1).toUpperCase() + "-") + id.group(2);
            out.add(new Named(name, cedula));
            from = id.end();
        }
        if (out.isEmpty()) {
            String name = capitalsRun(text);
            if (name != null) {
                out.add(new Named(name, null));
            }
        }
        return out;
    }

    /** The name written at the end of {@code before}: its last run of capitalised words and particles. */
    private static String nameBefore(String before) {
        String[] words = before.trim().split("\\s+");
        int start = words.length;
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            if (w.isEmpty() || NOT_A_NAME.matcher(w.replaceAll("[,;:()\"]", "")).matches() && i == words.length - 1) {
                start = i;
                continue;
            }
            if (CAPITALISED.matcher(w).matches() && !w.endsWith(":") || PARTICLES.contains(w) && i > 0) {
                start = i;
            } else {
                break;
            }
        }
        List<String> kept = new ArrayList<>(List.of(words).subList(start, words.length));
        while (!kept.isEmpty() && (PARTICLES.contains(kept.get(0)) || NOT_A_NAME.matcher(kept.get(0).replaceAll("[,;:()\"]", "")).matches())) {
            kept.remove(0);
        }
        while (!kept.isEmpty() && NOT_A_NAME.matcher(kept.get(kept.size() - 1).replaceAll("[,;:()\"]", "")).matches()) {
            kept.remove(kept.size() - 1);
        }
        return clean(String.join(" ", kept));
    }

    /** The first run of two words or more written in capitals, or {@code null}. */
    private static String capitalsRun(String text) {
        String[] words = text.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            int j = i;
            while (j < words.length && (CAPITALS.matcher(words[j]).matches() && words[j].replaceAll("\\P{L}", "").length() > 1
                    || j > i && PARTICLES.contains(words[j]) && words[j].equals(words[j].toUpperCase()))) {
                j++;
            }
            if (j - i >= 2) {
                return clean(String.join(" ", List.of(words).subList(i, j)));
            }
        }
        return null;
    }

    private static String firstQuoted(String text) {
        Matcher q = Pattern.compile("[\"“«]([^\"”»]+)[\"”»]").matcher(text);
        return q.find() ? q.group(1) : text.split("[,;.]\\s")[0];
    }

    private static String unquote(String text) {
        return clean(text.replaceAll("[\"“”«»]", " "));
    }

    private static String clean(String name) {
        return name.replaceAll("[\"“”«»]", "").replaceAll("^[\\s,;:.\\-–—]+|[\\s,;:.\\-–—]+$", "").replaceAll("\\s+", " ");
    }
}
