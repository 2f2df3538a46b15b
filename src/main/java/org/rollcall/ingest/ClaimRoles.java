package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rollcall.text.TextFold;
import org.rollcall.text.Messages;

/**
 * What a communiqué's figure of people amnestied stands for, so that only the file's own figure
 * is summed into {@code announced}. A later communiqué often recalls the earlier grant before its
 * own ("recuerda que mediante el Comunicado N° 377 se otorgó la amnistía a 42 ciudadanos, e informa
 * que hoy se ha otorgado a cinco (5) ciudadanos más") or adds them up ("con ellos ya son 47"):
 * summed, the 42 would count twice.
 *
 * <ul>
 *   <li>A figure whose clause recalls an earlier grant (words before it since the sentence's previous
 *       figure: "anteriormente", "recuerda", "se suman a los", or another communiqué named with a past
 *       grant: "mediante el Comunicado N° 377 … se otorgó"; or words after it in its clause naming
 *       another communiqué) becomes {@value #RECALLED}.</li>
 *   <li>A figure equal to an earlier file's figure (or to their sum) in a file that also states a
 *       figure "más", "otros", "adicionales" is {@value #RECALLED} too.</li>
 *   <li>A total ("ya son", "en total", "suman") beside an own figure becomes {@value #TOTAL}; when it
 *       is not the earlier files' figures plus this one, it carries a problem. A total alone in a
 *       later communiqué ("ya son 379 los beneficiados, tras incorporarse 74 nuevos nombres") and
 *       no smaller than the earlier files' figures gives the file's own figure as the difference (74),
 *       said so in its text, beside the total (none when it is their figure again).</li>
 *   <li>A figure that is a part of the people already counted ("se relacionan 200 de las personas
 *       excarceladas", after a communiqué of 553) is {@value #RECALLED} too; in a first communiqué it
 *       is the file's own.</li>
 * </ul>
 * A file whose every figure looks recalled keeps its first as its claim, with a problem: a figure
 * is never dropped without a word. The roles apply to the figure that makes {@code announced}: of
 * people amnestied, or, in a file that states none, of people released (then {@value #RELEASED_BEFORE}
 * and {@value #RELEASED_TOTAL}); the earlier files' figures are theirs as {@code announced} takes them.
 * Figures of other subjects (detained) are left as read.
 */
final class ClaimRoles {

    /** The subject of a figure recalled from an earlier communiqué: not summed into {@code announced}. */
    static final String RECALLED = "amnestied-before";
    /** The subject of a running total stated beside the file's own figure: not summed either. */
    static final String TOTAL = "amnestied-total";
    /** As {@value #RECALLED}, in a file whose figure is of people released (it states no amnesty). */
    static final String RELEASED_BEFORE = "released-before";
    /** As {@value #TOTAL}, in a file whose figure is of people released. */
    static final String RELEASED_TOTAL = "released-total";

    /**
     * The subject of the total a correction communiqué sets ("el número de beneficiarios queda en DOS
     * (2)"): it replaces the figure of the communiqué the correction recalls (see {@code reconcile.CorrectedFigures}).
     */
    static final String CORRECTED = "amnestied-corrected";

    enum Role { PLAIN, ADDITIONAL, RECALLED, PART, TOTAL, CORRECTED }

    /** A figure as read, with the role its clause gives it. */
    record Found(Claim claim, Role role) {
    }

    private static final Set<String> MORE_AFTER = Set.of("mas", "adicionales", "adicional", "more", "additional", "further");
    private static final Set<String> MORE_BEFORE = Set.of("otros", "otras", "nuevos", "nuevas", "another", "other");
    private static final List<String> RECALL = List.of("anteriormente", "previamente", "con anterioridad", "recuerda", "recordo",
            "recordamos", "ya se habia", "ya habia", "habian sido", "se suman a", "sumados a", "sumadas a", "ademas de los", "ademas de las",
            "previously", "earlier", "recalls");
    /** Words for people already released, as a part of them is said ("de las personas excarceladas"). */
    private static final List<String> RELEASED_WORDS = List.of("excarcelad", "liberad", "released", "freed");
    /** Words for people already amnestied ("30 de los beneficiados"; not "30 de los liberados": a grant to some of those released). */
    private static final List<String> AMNESTIED_WORDS = List.of("amnistiad", "beneficiad", "beneficiari", "indultad", "pardoned", "amnestied");
    private static final List<String> PAST_GRANT = List.of("otorgo", "otorgaron", "concedio", "concedieron", "fue otorgad", "fueron",
            "se beneficio", "habia", "habian", "granted");
    private static final List<String> RUNNING = List.of("ya son", "son ya", "en total", "total de", "suman", "suma", "asciende", "ascienden",
            "totalizan", "acumulado", "llegan a", "llega a", "alcanza", "alcanzan", "in total", "total of", "bringing");

    /** A total said to run over the communiqués so far ("ya son", "suman ya", "con ellos"), not "un total de 50" of today's grant. */
    private static final Pattern RUNNING_SO_FAR = Pattern.compile("\\bya (?:son|suman|suma|ascienden|asciende|llegan|llega|alcanza|alcanzan)\\b"
            + "|\\b(?:son|suman|ascienden|llegan a) ya\\b|\\bcon (?:ellos|ellas|estos|estas|esto)\\b|\\bso far\\b|\\bbringing the total\\b");

    /**
     * The subject of a figure that breaks down the figure before it ("a TRES (3) ciudadanos, de los
     * cuales DOS (2) son mujeres"): a part of those people, never a second figure of them.
     */
    static final String BREAKDOWN = "breakdown";

    /** Words that open a breakdown of the figure before them, folded. */
    private static final List<String> BREAKDOWN_WORDS = List.of("de los cuales", "de las cuales", "entre los cuales", "entre las cuales",
            "de ellos", "de ellas", "entre ellos", "entre ellas", "de estos", "de estas", "incluidos", "incluidas", "incluyendo",
            "of whom", "of them", "among them", "among whom", "including");

    private ClaimRoles() {
    }

    /**
     * True when a figure breaks down one stated before it: {@code lead}, the folded words since that
     * figure in the same sentence, holds a breakdown word ("de los cuales", "of whom", "including");
     * or, in a sentence of its own after it, opens with one ("De ellos, DOS (2) son mujeres").
     *
     * @param sameSentence the figure before stands in the figure's own sentence
     */
    static boolean breakdown(List<String> lead, boolean sameSentence) {
        String words = " " + String.join(" ", sameSentence ? lead : lead.subList(0, Math.min(lead.size(), 3))) + " ";
        return BREAKDOWN_WORDS.stream().anyMatch(w -> sameSentence ? words.contains(" " + w + " ") : words.startsWith(" " + w + " "));
    }

    /**
     * The role of a figure from its clause.
     *
     * @param before the folded words since the previous figure of the sentence (or its start)
     * @param after the folded words after the figure up to the end of its clause
     */
    static Role roleOf(List<String> before, List<String> after) {
        return roleOf(before, after, "amnestied");
    }

    /** As above, for a figure of {@code subject}: a part of those counted is a part of people of that subject. */
    static Role roleOf(List<String> before, List<String> after, String subject) {
        String lead = " " + String.join(" ", before) + " ";
        String tail = " " + String.join(" ", after) + " ";
        if (after.stream().anyMatch(MORE_AFTER::contains) || before.subList(Math.max(0, before.size() - 2), before.size()).stream()
                .anyMatch(MORE_BEFORE::contains)) {
            return Role.ADDITIONAL;
        }
        if (RECALL.stream().anyMatch(w -> lead.contains(" " + w + " ")) || namesOtherCommunique(lead) && PAST_GRANT.stream()
                .anyMatch(w -> lead.contains(" " + w)) || namesOtherCommunique(tail) || tail.contains(" anterior ") || tail.contains(" anteriores ")) {
            return Role.RECALLED;
        }
        if (partOfThoseCounted(after, subject)) {
            return Role.PART;
        }
        String last = " " + String.join(" ", before.subList(Math.max(0, before.size() - 6), before.size())) + " ";
        if (RUNNING.stream().anyMatch(w -> last.contains(" " + w + " ")) || tail.contains(" en total ")) {
            return Role.TOTAL;
        }
        return Role.PLAIN;
    }

    /**
     * "200 de las personas excarceladas", "40 of those released": a part of the people already released
     * or amnestied, not more of them. Not "50 de los 120 detenidos" (a part of others) nor "5 de los
     * detenidos en Lara".
     */
    private static boolean partOfThoseCounted(List<String> after, String subject) {
        List<String> counted = subject.equals("released") ? RELEASED_WORDS : subject.equals("amnestied") ? AMNESTIED_WORDS : List.of();
        if (after.size() < 3 || !(after.get(0).equals("de") && (after.get(1).equals("los") || after.get(1).equals("las"))
                || after.get(0).equals("of") && (after.get(1).equals("the") || after.get(1).equals("those")))) {
            return false;
        }
        for (String w : after.subList(2, Math.min(after.size(), 5))) {
            if (w.matches(".*\\d.*")) {
                return false;
            }
            if (counted.stream().anyMatch(w::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** "el Comunicado N° 377", "mediante comunicado del 18": a communiqué other than this one ("el presente comunicado"). */
    private static boolean namesOtherCommunique(String words) {
        int at = words.indexOf(" comunicado");
        while (at >= 0) {
            String before = words.substring(0, at);
            if (!before.endsWith(" presente") && !before.endsWith(" este") && !before.endsWith(" mismo")) {
                return true;
            }
            at = words.indexOf(" comunicado", at + 1);
        }
        return words.contains(" communique no") || words.contains(" earlier communique") || words.contains(" previous communique");
    }

    /**
     * The file's claims with their subjects settled.
     *
     * @param found the file's figures in reading order
     * @param earlier the claims of the source's earlier files
     */
    static List<Claim> settle(List<Found> found, List<Claim> earlier, Messages m) {
        return settle(found, earlier, m, false);
    }

    /**
     * As above; in a correction communiqué no figure of people amnestied is a new grant: the total it
     * sets is {@value #CORRECTED}, the figures it recalls {@value #RECALLED}, without a problem. A
     * figure said "más" stays the file's own; so does the first that is neither recalled nor the total,
     * with a problem (counted rather than dropped, and the report says the figure is uncertain).
     */
    static List<Claim> settle(List<Found> found, List<Claim> earlier, Messages m, boolean correction) {
        if (correction) {
            List<Claim> out = new ArrayList<>();
            boolean own = false;
            for (Found f : found) {
                Claim c = f.claim();
                if (!c.subject().equals("amnestied")) {
                    out.add(c);
                } else if (f.role() == Role.CORRECTED || f.role() == Role.TOTAL) { // "el total de beneficiarios asciende a 310"
                    out.add(with(c, CORRECTED, c.problem()));
                } else if ((f.role() == Role.ADDITIONAL || f.role() == Role.PLAIN) && !own) {
                    // a figure the correction neither recalls nor sets as the total: counted as its own grant, said
                    own = true;
                    out.add(f.role() == Role.PLAIN && c.problem() == null ? with(c, c.subject(), m.format("claim.correction-own", String.valueOf(c.value())))
                            : c);
                } else {
                    out.add(with(c, RECALLED, c.problem()));
                }
            }
            return out;
        }
        // the subject whose figure makes the announced figure: people amnestied, or, in a file that states no such figure, people
        // released ("excarcelará a 553 personas"; "Con ellos suman 553 los excarcelados")
        String subject = found.stream().anyMatch(f -> f.claim().subject().equals("amnestied")) || found.stream()
                .noneMatch(f -> f.claim().subject().equals("released")) ? "amnestied" : "released";
        String recalledSubject = subject.equals("amnestied") ? RECALLED : RELEASED_BEFORE;
        String totalSubject = subject.equals("amnestied") ? TOTAL : RELEASED_TOTAL;
        // earlier files of this source as announced takes them; of other announcement sources (dated before this file) only
        // figures of the same subject, and only for what the text says outright (a part of them, a running total), never a
        // figure taken for recalled because it is equal to theirs
        String source = found.isEmpty() ? null : found.get(0).claim().sourceId();
        List<Claim> ownSource = earlier.stream().filter(c -> c.sourceId().equals(source)).toList();
        List<Claim> otherSources = earlier.stream().filter(c -> !c.sourceId().equals(source) && c.subject().equals(subject)).toList();
        long beforeHere = announcedBefore(ownSource);
        long before = beforeHere + announcedBefore(otherSources);
        List<Found> announcing = found.stream().filter(f -> f.claim().subject().equals(subject)).toList();
        boolean additional = announcing.stream().anyMatch(f -> f.role() == Role.ADDITIONAL);
        Set<Long> earlierFigures = new HashSet<>(firstOfEachFile(ownSource).values());
        // the sentences that say "más": a figure in one of them is this communiqué's own ("a 5 de Lara y a 3 más de Falcón")
        Set<String> moreSentences = new HashSet<>();
        announcing.stream().filter(f -> f.role() == Role.ADDITIONAL).forEach(f -> moreSentences.add(f.claim().line() + ":" + f.claim().text()));
        List<Role> roles = new ArrayList<>();
        for (Found f : found) {
            // a first communiqué's "en total, 381" beside its 379 totals no earlier one: a second figure of its own, said as such
            Role r = f.role() == Role.TOTAL && ownSource.stream().noneMatch(ClaimRoles::announces) && otherSources.isEmpty() ? Role.PLAIN : f.role();
            if (r == Role.PLAIN && additional && beforeHere > 0 && !moreSentences.contains(f.claim().line() + ":" + f.claim().text())
                    && (earlierFigures.contains(f.claim().value()) || f.claim().value() == beforeHere)) {
                r = Role.RECALLED;
            }
            if (r == Role.PART && before == 0) {
                r = Role.PLAIN; // "200 de las personas excarceladas" with no earlier figure they are part of: the file's own
            }
            roles.add(r);
        }
        int own = -1;
        for (Role wanted : List.of(Role.PLAIN, Role.TOTAL)) {
            for (int i = 0; i < found.size() && own < 0; i++) {
                Role r = roles.get(i) == Role.ADDITIONAL ? Role.PLAIN : roles.get(i);
                if (found.get(i).claim().subject().equals(subject) && r == wanted) {
                    own = i;
                }
            }
        }
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Claim c = found.get(i).claim();
            Role r = roles.get(i);
            if (i == own && r == Role.TOTAL && c.value() >= before && RUNNING_SO_FAR.matcher(TextFold.fold(c.text())).find()) {
                // a lone running total ("ya son 379 los beneficiados") in a later communiqué: its own figure is what it adds to the earlier
                // ones (none when it is their figure again: "con ellos suman 553", the 553 announced before)
                out.add(new Claim(c.sourceId(), c.file(), c.line(), c.subject(), c.value() - before,
                        m.format("claim.own-from-total", String.valueOf(c.value() - before), String.valueOf(c.value()), String.valueOf(before), c.text()),
                        c.problem(), c.date(), c.sheet()));
                out.add(with(c, totalSubject, c.problem()));
            } else if (!c.subject().equals(subject) || r == Role.PLAIN || r == Role.ADDITIONAL || i == own) {
                out.add(c); // a lone total no larger than the earlier files' stays the file's figure: the reconciliation questions it
            } else if ((r == Role.RECALLED || r == Role.PART) && own < 0 && out.stream().noneMatch(x -> x.subject().equals(subject))) {
                // every figure looks recalled: the first stays the file's figure, said
                out.add(with(c, c.subject(), m.format("claim.only-recalled", String.valueOf(c.value()))));
            } else if (r == Role.RECALLED || r == Role.PART) {
                out.add(with(c, recalledSubject, c.problem()));
            } else {
                long mine = found.get(own).claim().value();
                out.add(with(c, totalSubject, c.value() == before + mine ? c.problem()
                        : m.format("claim.total-disagrees", String.valueOf(c.value()), String.valueOf(before), String.valueOf(mine),
                                String.valueOf(before + mine))));
            }
        }
        return out;
    }

    /** Whether a claim is one that makes the announced figure (a file's people amnestied, or released when it states no amnesty). */
    private static boolean announces(Claim c) {
        return c.subject().equals("amnestied") || c.subject().equals("released");
    }

    /** Each earlier file's own figure, as {@code announced} takes it: its first figure of people amnestied, else of people released. */
    private static Map<String, Long> firstOfEachFile(List<Claim> earlier) {
        Map<String, Long> first = new LinkedHashMap<>();
        earlier.stream().filter(c -> c.subject().equals("amnestied")).forEach(c -> first.putIfAbsent(c.file(), c.value()));
        earlier.stream().filter(c -> c.subject().equals("released")).forEach(c -> first.putIfAbsent(c.file(), c.value()));
        return first;
    }

    private static long announcedBefore(List<Claim> earlier) {
        return firstOfEachFile(earlier).values().stream().mapToLong(Long::longValue).sum();
    }

    private static Claim with(Claim c, String subject, String problem) {
        return new Claim(c.sourceId(), c.file(), c.line(), subject, c.value(), c.text(), problem, c.date(), c.sheet());
    }
}
