package org.rollcall.sample.other;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.rollcall.sample.other.World.NgoRow;

/** A detainee's situation and history as an NGO volunteer writes them in a row. */
final class History {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private History() {
    }

    /**
     * The notes of a row: the dated events in Spanish ("Excarcelado el 23/01/2025; detenido
     * nuevamente el 09/04/2025; arresto domiciliario desde 12/06/2025"). A person re-arrested who
     * has a second row gets only the release on the first row and the re-arrest on the second.
     */
    static String notes(NgoRow row, boolean hasSecondRow) {
        List<String> parts = new ArrayList<>();
        for (Event e : row.person().history()) {
            boolean afterRearrest = e.kind() == Event.Kind.REARRESTED || row.person().rearrested() != null
                    && e.date().isAfter(row.person().rearrested());
            if (hasSecondRow && (row.rearrestRow() != afterRearrest)) {
                continue;
            }
            String date = e.date().format(DATE);
            parts.add(switch (e.kind()) {
                case RELEASED -> "Excarcelado el " + date;
                case REARRESTED -> (row.person().number() % 2 == 0 ? "detenido nuevamente el " : "recapturado el ") + date;
                case HOUSE_ARREST -> "arresto domiciliario desde " + date;
                case CONDITIONAL_RELEASE -> "libertad con medidas cautelares desde " + date;
            });
        }
        String text = String.join("; ", parts);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The situation a row states: the last event it knows of. */
    static String status(NgoRow row, boolean hasSecondRow) {
        List<Event> history = row.person().history();
        if (history.isEmpty()) {
            return "Detenido";
        }
        Event last = history.get(history.size() - 1);
        if (hasSecondRow && !row.rearrestRow()) {
            return "Excarcelado";
        }
        return switch (last.kind()) {
            case RELEASED -> "Excarcelado";
            case REARRESTED -> "Detenido";
            case HOUSE_ARREST -> "Arresto domiciliario";
            case CONDITIONAL_RELEASE -> "Medidas cautelares";
        };
    }
}
