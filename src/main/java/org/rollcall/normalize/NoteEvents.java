package org.rollcall.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * the common ones. A clause that names an event but holds no readable date, or a date-like text
 * no format reads, is returned as an unreadable event, never dropped.
 */
public final class NoteEvents {

    /** Phrases of each event when the source gives none (case and accents ignored). */
    public static final Map<String, List<String>> DEFAULT_PHRASES = Map.of(
            "released", List.of("excarcelado", "excarcelada", "excarcelacion", "boleta de excarcelacion", "liberado", "liberada",
                    "puesto en libertad", "puesta en libertad", "salio en libertad", "libertad plena", "released"),
            "re-arrested", List.of("detenido nuevamente", "detenida nuevamente", "nuevamente detenido", "nuevamente detenida",
                    "detenido de nuevo", "detenida de nuevo", "recapturado", "recapturada", "redetenido", "redetenida", "re detenido",
                    "re detenida", "volvio a prision", "volvio a la carcel", "volvio a ser detenido", "volvio a ser detenida",
                    "nueva detencion", "nuevamente privado de libertad", "nuevamente privada de libertad", "nuevamente aprehendido",
                    "nuevamente aprehendida", "re-arrested", "rearrested", "arrested again"),
            "house-arrest", List.of("arresto domiciliario", "detencion domiciliaria", "casa por carcel", "house arrest"),
            "conditional-release", List.of("medidas cautelares", "medida cautelar", "libertad condicional", "regimen de presentacion",
                    "regimen de presentaciones", "conditional release"));

    private static final List<String> COMMON_FORMATS = List.of("dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy",
            "d 'de' MMMM 'de' yyyy", "d MMMM yyyy");
    private static final Pattern CLAUSE_END = Pattern.compile(";|\\n|\\.(?=\\s|$)");
    private static final Pattern DATE_LIKE = Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{2,4}|\\d{1,2}\\s+de\\s+\\p{L}+\\s+(?:de\\s+|del\\s+)?\\d{4}",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, String> phraseToEvent = new LinkedHashMap<>();
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
        flat.forEach(e -> phraseToEvent.putIfAbsent(e.getKey(), e.getValue()));
        List<String> formats = new ArrayList<>(dateFormats);
        formats.addAll(COMMON_FORMATS);
        this.dates = new DateReader(formats, twoDigitYearBase);
    }

    /** The events the notes state, in the order written; unreadable ones included, with their problem. */
    public List<NoteEvent> read(String notes) {
        List<NoteEvent> out = new ArrayList<>();
        if (notes == null || notes.isBlank()) {
            return out;
        }
        for (String clause : clauses(notes)) {
            String folded = " " + TextFold.fold(clause).replaceAll("[^a-z0-9]+", " ").trim() + " ";
            String event = eventOf(folded);
            Matcher m = DATE_LIKE.matcher(clause);
            if (event == null) {
                continue;
            }
            if (!m.find()) {
                out.add(new NoteEvent(null, event, clause, messages.format("notes.no-date", eventName(event))));
                continue;
            }
            Optional<LocalDate> date = dates.read(m.group().replaceAll("\\s*([/.-])\\s*", "$1"));
            out.add(date.map(d -> new NoteEvent(d, event, clause, null))
                    .orElseGet(() -> new NoteEvent(null, event, clause, messages.format("notes.bad-date", eventName(event), m.group()))));
        }
        return out;
    }

    /** An event's name in the messages' language ("re-arrested" → "detenido de nuevo"), else as the job file spells it. */
    private String eventName(String event) {
        return messages.has("event." + event) ? messages.get("event." + event) : event;
    }

    private String eventOf(String folded) {
        for (Map.Entry<String, String> e : phraseToEvent.entrySet()) {
            String phrase = " " + e.getKey().replaceAll("[^a-z0-9]+", " ").trim() + " ";
            if (folded.contains(phrase)) {
                return e.getValue();
            }
        }
        return null;
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
