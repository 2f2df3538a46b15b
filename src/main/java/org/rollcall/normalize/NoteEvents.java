package org.rollcall.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.text.DateReader;
import org.rollcall.text.Messages;
import org.rollcall.text.TextFold;

/**
 * Reads dated status events from free text in a notes column, in Spanish or English:
 * "Excarcelado el 23/01/2025; detenido nuevamente el 09/04/2025; arresto domiciliario desde
 * 12/06/2025". The text is cut into clauses (at ';', '.' or a line break followed by a space or
 * the end); a clause naming an event must hold one date, read with the source's date formats and
 * the common ones. A clause may name several events, each with its date ("liberado el 03/10/2024 y
 * aprehendido de nuevo el 05/01/2025"; "Liberado 02/11/2025, recapturado 13/12/2025"): each phrase
 * takes the first date after it, and phrases sharing a date are one event, named by the longest
 * ("excarcelado el 23/01/2025 con medidas cautelares"). A clause that names an event but holds no
 * readable date, or a date-like text no format reads, is returned as an unreadable event, never
 * dropped.
 */
public final class NoteEvents {

    /** Phrases of each event when the source gives none (case and accents ignored). */
    public static final Map<String, List<String>> DEFAULT_PHRASES = Map.of(
            "released", List.of("excarcelado", "excarcelada", "excarcelacion", "boleta de excarcelacion", "liberado", "liberada",
                    "puesto en libertad", "puesta en libertad", "salio en libertad", "libertad plena", "released",
                    "excarcelaron", "liberaron", "lo soltaron", "la soltaron", "salio de prision", "salio de la carcel",
                    "obtuvo su libertad", "obtuvo la libertad", "recupero su libertad", "recupero la libertad", "quedo en libertad",
                    "dejado en libertad", "dejada en libertad", "en libertad desde", "dieron libertad", "dieron la libertad",
                    "otorgaron la libertad", "otorgaron libertad", "set free", "freed", "was freed", "released from prison",
                    "released from custody", "let go", "out of prison since"),
            "re-arrested", List.of("detenido nuevamente", "detenida nuevamente", "nuevamente detenido", "nuevamente detenida",
                    "detenido de nuevo", "detenida de nuevo", "recapturado", "recapturada", "redetenido", "redetenida", "re detenido",
                    "re detenida", "volvio a prision", "volvio a la carcel", "volvio a ser detenido", "volvio a ser detenida",
                    "nueva detencion", "segunda detencion", "segunda captura", "second arrest", "second detention", "nuevamente privado de libertad", "nuevamente privada de libertad", "nuevamente aprehendido",
                    "nuevamente aprehendida", "aprehendido de nuevo", "aprehendida de nuevo", "aprehendido nuevamente",
                    "aprehendida nuevamente", "reaprehendido", "reaprehendida", "detenido otra vez", "detenida otra vez",
                    "volvio a ser aprehendido", "volvio a ser aprehendida", "re-arrested", "rearrested", "arrested again", "re-detained",
                    "redetained", "detained again", "taken back into custody", "back in custody", "returned to prison"),
            "house-arrest", List.of("arresto domiciliario", "detencion domiciliaria", "casa por carcel", "house arrest", "home detention"),
            "conditional-release", List.of("medidas cautelares", "medida cautelar", "libertad condicional", "regimen de presentacion",
                    "regimen de presentaciones", "conditional release"));

    /** An arrest, in any form a note writes it (participle, past tense, infinitive, noun), folded. */
    private static final String ARREST = "(?:detenid[oa]s?|detuvieron|detener|detencion|aprehendid[oa]s?|aprehendieron|aprehender|aprehension"
            + "|capturad[oa]s?|capturaron|capturar|captura|arrestad[oa]s?|arrestaron|arrestar|agarrad[oa]s?|agarraron|agarrar"
            + "|apresad[oa]s?|apresaron|apresar|encarcelad[oa]s?|encarcelaron|encarcelar|privad[oa]s? de (?:la )?libertad"
            + "|arrested|detained|jailed)";
    /** A word that says it happened again. */
    private static final String AGAIN = "(?:otra vez|de nuevo|nuevamente|again|volvi(?:o|eron) a|nueva)";
    /** Small words a note puts between the two (pronouns, auxiliaries): "lo volvieron a agarrar", "nuevamente fue aprehendido". */
    private static final String BETWEEN = "(?:(?:lo|la|los|las|le|les|fue|fueron|ser|sido|ha|han|a|al|en|was|were|been) +){0,3}";

    /**
     * An arrest as a verb, for "… otra vez" after it: a noun there is something else happening again
     * ("su detención fue nuevamente diferida").
     */
    private static final String ARREST_VERB = "(?:detenid[oa]s?|detuvieron|detener|aprehendid[oa]s?|aprehendieron|aprehender"
            + "|capturad[oa]s?|capturaron|capturar|arrestad[oa]s?|arrestaron|arrestar|agarrad[oa]s?|agarraron|agarrar"
            + "|apresad[oa]s?|apresaron|apresar|encarcelad[oa]s?|encarcelaron|encarcelar|arrested|detained|jailed)";
    /**
     * Re-arrests however a note words them, besides the phrases above: an arrest word next to a
     * word saying it happened again ("lo aprehendieron otra vez", "nuevamente fue capturado",
     * "lo volvieron a agarrar"), or a re- word ("re-capturado"), never across a comma or a colon.
     * "Reingresó al penal" is not one: after a hospital stay it says nothing of a release. Used unless
     * the job file gives the event's phrases.
     */
    private static final Map<String, List<Pattern>> DEFAULT_PATTERNS = Map.of("re-arrested", List.of(
            Pattern.compile("(?<![a-z0-9])" + AGAIN + " +" + BETWEEN + ARREST + "(?![a-z0-9])"),
            Pattern.compile("(?<![a-z0-9])" + ARREST_VERB + " +" + BETWEEN + "(?:otra vez|de nuevo|nuevamente|again)(?![a-z0-9])"),
            Pattern.compile("(?<![a-z0-9])re ?(?:capturad|aprehendid|detenid|arrestad|encarcelad)[oa]s?(?![a-z0-9])")));

    /** Events of going out of prison: one names how another happened ("excarcelado … con medidas cautelares"), never a second event. */
    private static final Set<String> OUT = Set.of("released", "conditional-release", "house-arrest");

    /** Marks that part two statements: an event's words are never read across them ("Detenida, de nuevo trasladada"). */
    private static final Pattern PUNCTUATION = Pattern.compile("[,:()\\[\\]\"«»]");
    /** A negation just before an event's words ("no lo liberaron", "no ha sido excarcelado"): the event did not happen. */
    private static final Pattern NEGATED = Pattern.compile("(?:^|\\s)(?:no|nunca|jamas|not|never)\\s+(?:(?:lo|la|los|las|le|les|se|ha|han|haya|hayan|habia|habian|fue|sido|was|been|has|have|had|being)\\s+){0,3}$");

    /** Numeric formats that read the day first, tried after the source's own unless those read the month first. */
    private static final List<String> DAY_FIRST_FORMATS = List.of("dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy");
    /** Formats with the month in words: no order to mistake. */
    private static final List<String> WORD_FORMATS = List.of("d 'de' MMMM 'de' yyyy", "d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy",
            "d MMMM, yyyy");
    private static final Pattern CLAUSE_END = Pattern.compile(";|\\n|\\.(?=\\s|$)");
    private static final Pattern DATE_LIKE = Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{2,4}|\\d{1,2}\\s+de\\s+\\p{L}+\\s+(?:de\\s+|del\\s+)?\\d{4}"
            + "|\\b\\p{L}{3,}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+\\p{L}{3,}\\.?,?\\s+\\d{4}",
            Pattern.CASE_INSENSITIVE);

    /** Each phrase as a pattern on {@link #aligned} text, longest first, and its event. */
    private final List<Pattern> phrases = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final DateReader dates;
    private final Messages messages;

    /**
     * @param phrases event → phrases, replacing the defaults of the events given
     * @param dateFormats the source's date formats, tried before the common ones
     * @param twoDigitYearBase the source's two-digit-year-base (for a {@code yy} format), or {@code null}
     */
    public NoteEvents(Map<String, List<String>> phrases, List<String> dateFormats, Integer twoDigitYearBase) {
        this(phrases, dateFormats, twoDigitYearBase, Messages.of("en"));
    }

    /** As above, with the problems of unreadable events in the language of {@code messages}. */
    public NoteEvents(Map<String, List<String>> phrases, List<String> dateFormats, Integer twoDigitYearBase, Messages messages) {
        this.messages = messages;
        Map<String, List<String>> all = new LinkedHashMap<>(DEFAULT_PHRASES);
        all.putAll(phrases);
        List<Map.Entry<String, String>> flat = new ArrayList<>();
        all.forEach((event, texts) -> texts.forEach(t -> flat.add(Map.entry(TextFold.fold(t), event))));
        flat.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
        Map<String, String> phraseToEvent = new LinkedHashMap<>();
        flat.forEach(e -> phraseToEvent.putIfAbsent(e.getKey().replaceAll("[^a-z0-9]+", " ").trim(), e.getValue()));
        phraseToEvent.forEach((phrase, event) -> {
            this.phrases.add(Pattern.compile("(?<![a-z0-9])" + Pattern.quote(phrase).replace(" ", "\\E +\\Q") + "(?![a-z0-9])"));
            this.events.add(event);
        });
        // after every phrase: a phrase found first wins the words it covers (a longer, surer reading)
        DEFAULT_PATTERNS.forEach((event, patterns) -> {
            if (!phrases.containsKey(event)) {
                patterns.forEach(p -> {
                    this.phrases.add(p);
                    this.events.add(event);
                });
            }
        });
        List<String> formats = new ArrayList<>(dateFormats);
        if (dateFormats.stream().noneMatch(NoteEvents::monthFirst)) {
            formats.addAll(DAY_FIRST_FORMATS); // a source written MM/dd/yyyy would have its notes' 2/1/2025 read as 2 January
        }
        formats.addAll(WORD_FORMATS);
        this.dates = new DateReader(formats, twoDigitYearBase);
    }

    /** True when a numeric format reads the month before the day ("MM/dd/yyyy", "M-d-yy"). */
    static boolean monthFirst(String format) {
        String letters = format.replaceAll("'[^']*'", "");
        int month = letters.indexOf('M');
        int day = letters.indexOf('d');
        int year = Math.max(letters.indexOf('y'), letters.indexOf('u'));
        return month >= 0 && day > month && !letters.contains("MMM") && !(year >= 0 && year < month); // yyyy-MM-dd is no month-first list
    }

    /** The events the notes state, in the order written; unreadable ones included, with their problem. */
    public List<NoteEvent> read(String notes) {
        return read(notes, null);
    }

    /**
     * As {@link #read(String)}, for a row whose detention date is {@code detention}: a re-arrest its
     * notes state without a date ("Segunda detención", "detenido nuevamente"), in notes that name no
     * release, is this row's own detention — the NGO wrote the person again for the new arrest — and
     * takes its date. With a release in the notes ("excarcelado el 03-10-2026; volvió a prisión") the
     * re-arrest came after the row's detention and its date stays unknown (an unreadable event).
     */
    public List<NoteEvent> read(String notes, LocalDate detention) {
        List<NoteEvent> out = new ArrayList<>();
        if (notes == null || notes.isBlank()) {
            return out;
        }
        List<Integer> thisDetention = new ArrayList<>();
        for (String clause : clauses(notes)) {
            List<int[]> hits = hits(clause);
            if (hits.isEmpty()) {
                continue;
            }
            List<MatchResult> found = new ArrayList<>();
            Matcher m = DATE_LIKE.matcher(clause);
            while (m.find()) {
                found.add(m.toMatchResult());
            }
            if (found.isEmpty()) {
                String event = eventOf(hits, 0, hits.size());
                if (detention != null && event.equals("re-arrested")) {
                    thisDetention.add(out.size());
                }
                out.add(new NoteEvent(null, event, clause, messages.format("notes.no-date", eventName(event))));
                continue;
            }
            // each event phrase takes the first date after it (the last one when none follows); the
            // phrases that share a date are one event, the longest phrase naming it
            int[] dateOf = new int[hits.size()];
            boolean[] after = new boolean[hits.size()];
            for (int h = 0; h < hits.size(); h++) {
                dateOf[h] = found.size() - 1;
                for (int d = 0; d < found.size(); d++) {
                    if (found.get(d).start() >= hits.get(h)[0]) {
                        dateOf[h] = d;
                        after[h] = true;
                        break;
                    }
                }
            }
            // a later event with no date after it does not take the date an earlier, other event is written with
            // ("le dieron libertad el 05-08-2024 y lo agarraron otra vez": a release, then a re-arrest of unknown date),
            // unless it says how the person went out ("excarcelada el 3 de mayo de 2025 con régimen de presentación": one release)
            List<NoteEvent> undated = new ArrayList<>();
            for (int h = 0; h < hits.size(); h++) {
                for (int e = 0; e < hits.size() && !after[h]; e++) {
                    if (after[e] && dateOf[e] == dateOf[h] && !events.get(hits.get(e)[2]).equals(events.get(hits.get(h)[2]))
                            && !(OUT.contains(events.get(hits.get(e)[2])) && OUT.contains(events.get(hits.get(h)[2])))) {
                        dateOf[h] = -1;
                        String event = events.get(hits.get(h)[2]);
                        undated.add(new NoteEvent(null, event, part(clause, hits.get(h)[0], clause.length()),
                                messages.format("notes.no-date", eventName(event))));
                        break;
                    }
                }
            }
            for (int d = 0; d < found.size(); d++) {
                List<int[]> mine = new ArrayList<>();
                for (int h = 0; h < hits.size(); h++) {
                    if (dateOf[h] == d) {
                        mine.add(hits.get(h));
                    }
                }
                if (mine.isEmpty()) {
                    continue;
                }
                String event = eventOf(mine, 0, mine.size());
                String text = found.size() == 1 ? clause : part(clause, mine.get(0)[0], found.get(d).end());
                String written = found.get(d).group();
                Optional<LocalDate> date = dates.read(written.replaceAll("\\s*([/.-])\\s*", "$1"));
                out.add(date.map(x -> new NoteEvent(x, event, text, null))
                        .orElseGet(() -> new NoteEvent(null, event, text, messages.format("notes.bad-date", eventName(event), written))));
            }
            out.addAll(undated); // written after the dated ones
        }
        if (!thisDetention.isEmpty() && out.stream().noneMatch(e -> OUT.contains(e.what()))) {
            for (int i : thisDetention) {
                out.set(i, new NoteEvent(detention, out.get(i).what(), out.get(i).text(), null));
            }
        }
        return rearrestsAfterRelease(out);
    }

    /**
     * The events with each re-arrest dated before every dated release of the same notes ("excarcelada
     * el 3/2/2025; recapturada el 10/01/2025") made an unreadable event: a typo in one of the two dates,
     * said, rather than a timeline in which the person was re-arrested before being released.
     */
    private List<NoteEvent> rearrestsAfterRelease(List<NoteEvent> events) {
        LocalDate firstOut = events.stream().filter(e -> e.date() != null && OUT.contains(e.what())).map(NoteEvent::date)
                .min(Comparator.naturalOrder()).orElse(null);
        if (firstOut == null) {
            return events;
        }
        List<NoteEvent> out = new ArrayList<>(events.size());
        for (NoteEvent e : events) {
            boolean early = e.date() != null && e.what().equals("re-arrested") && e.date().isBefore(firstOut);
            out.add(early ? new NoteEvent(null, e.what(), e.text(), messages.format("notes.rearrest-before-release", eventName(e.what()),
                    e.date().toString(), firstOut.toString())) : e);
        }
        return out;
    }

    private static String part(String clause, int from, int to) {
        return clause.substring(Math.min(from, to), Math.max(from, to)).replaceAll("^[\\s,;:y]+|[\\s,;:]+$", "").trim();
    }

    /**
     * Where the clause names events: [start, end, phrase index] of each phrase found, in the order
     * written, a longer phrase winning over a shorter one it overlaps.
     */
    private List<int[]> hits(String clause) {
        String folded = aligned(clause);
        List<int[]> out = new ArrayList<>();
        for (int p = 0; p < phrases.size(); p++) {
            Matcher m = phrases.get(p).matcher(folded);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (PUNCTUATION.matcher(clause.substring(start, end)).find()) {
                    continue;
                }
                if (NEGATED.matcher(folded.substring(Math.max(0, start - 24), start)).find()) {
                    continue;
                }
                if (out.stream().noneMatch(h -> h[0] < end && start < h[1])) {
                    out.add(new int[] {start, end, p});
                }
            }
        }
        out.sort(Comparator.comparingInt(h -> h[0]));
        return out;
    }

    /** The event of the longest words found among {@code hits[from, to)} (the first phrase on a tie). */
    private String eventOf(List<int[]> hits, int from, int to) {
        int[] best = hits.get(from);
        for (int h = from; h < to; h++) {
            int[] x = hits.get(h);
            int length = x[1] - x[0];
            if (length > best[1] - best[0] || length == best[1] - best[0] && x[2] < best[2]) {
                best = x;
            }
        }
        return events.get(best[2]);
    }

    /** The text folded one char for one char (accents off, lower case, anything else a space), so that positions agree. */
    private static String aligned(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String f = TextFold.fold(String.valueOf(text.charAt(i)));
            char c = f.length() == 1 ? f.charAt(0) : ' ';
            out.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : ' ');
        }
        return out.toString();
    }

    /** An event's name in the messages' language ("re-arrested" → "detenido de nuevo"), else as the job file spells it. */
    private String eventName(String event) {
        return messages.has("event." + event) ? messages.get("event." + event) : event;
    }

    private static List<String> clauses(String notes) {
        List<String> out = new ArrayList<>();
        Matcher m = CLAUSE_END.matcher(notes);
        int start = 0;
        while (m.find()) {
            add(out, notes.substring(start, m.start()));
            start = m.end();
        }
        add(out, notes.substring(start));
        return out;
    }

    private static void add(List<String> out, String clause) {
        if (!clause.isBlank()) {
            out.add(clause.trim());
        }
    }
}
