package org.rollcall.report;

import java.util.List;
import java.util.Map;

/**
 * Words of the reports people read, in the job's language ({@code report.language}: en or es).
 * Figure keys, file names and column names of machine exports (entities.csv, summary.json) stay in
 * English whatever the language.
 */
final class Labels {

    private static final Map<String, String> ES = Map.ofEntries(
            Map.entry("report.subtitle", "Conciliación de listas: cifras con las filas de origen detrás de cada una."),
            Map.entry("report.funnel", "Del anuncio a las personas encontradas"),
            Map.entry("report.reasons", "Por qué las personas de la ONG no están en la lista de amnistía"),
            Map.entry("report.lists", "Listas detrás de cada cifra"),
            Map.entry("report.lists-note", "Cada fila señala sus filas de origen: archivo, hoja y fila."),
            Map.entry("report.empty", "Ninguna fila."),
            Map.entry("report.search", "Buscar en esta lista…"),
            Map.entry("report.cut", "Se muestran las primeras {n} filas; el libro reconciliation.xlsx y los CSV tienen todas."),
            Map.entry("announced", "personas anunciadas como amnistiadas (cifra del comunicado)"),
            Map.entry("listed", "nombres efectivamente listados en el anuncio"),
            Map.entry("listed-on-ngo-list", "personas listadas que están en la lista de la ONG"),
            Map.entry("listed-unknown-to-ngo", "personas listadas que la ONG no conocía"),
            Map.entry("ngo-rows", "filas leídas de la lista de la ONG"),
            Map.entry("ngo-people", "personas únicas en la lista de la ONG"),
            Map.entry("ngo-duplicate-rows", "filas de la ONG que repiten a una persona"),
            Map.entry("ngo-not-listed", "personas de la ONG que no están en la lista de amnistía"),
            Map.entry("rulings", "decisiones judiciales leídas"),
            Map.entry("ruled-people", "personas con al menos una decisión judicial"),
            Map.entry("pairs-to-review", "pares de registros que una persona debe decidir"),
            Map.entry("rejected-rows", "filas rechazadas, cada una con su motivo"),
            Map.entry("not-covered-military-jurisdiction", "no cubiertas: remitidas a la jurisdicción militar"),
            Map.entry("not-covered-excluded-offence", "no cubiertas: delito excluido de la amnistía"),
            Map.entry("not-covered-denied", "no cubiertas: amnistía negada por un tribunal"),
            Map.entry("not-covered-under-review", "no cubiertas: solicitud en revisión"),
            Map.entry("not-covered-granted-by-court", "no cubiertas: amnistía otorgada por un tribunal, pero fuera de la lista"),
            Map.entry("not-covered-no-ruling", "no cubiertas: sin decisión judicial todavía"),
            Map.entry("not-covered-unknown", "no cubiertas: decisión desconocida"),
            Map.entry("ruled-not-on-any-list", "personas con decisión judicial que no están en ninguna lista"),
            Map.entry("granted-not-on-government-list", "amnistía otorgada por un tribunal, fuera de la lista del gobierno"),
            Map.entry("claims-disagreeing", "cifras declaradas que no cuadran con las listas"),
            Map.entry("changes-new-people", "personas nuevas desde la corrida anterior"),
            Map.entry("changes-vanished", "personas que salieron de una lista desde la corrida anterior"),
            Map.entry("changes-status", "personas cuyo estado cambió desde la corrida anterior"),
            Map.entry("report.changes", "Cambios desde la corrida anterior"),
            Map.entry("report.stated", "declarada por la fuente"),
            Map.entry("report.counted", "contada: filas de su hoja"),
            Map.entry("granted-still-detained", "amnistía otorgada por un tribunal, pero la ONG aún las lista como detenidas"),
            Map.entry("released-and-rearrested", "personas excarceladas y detenidas de nuevo"),
            Map.entry("people", "personas en alguna lista, cada una con su cronología"),
            Map.entry("review-decisions-applied", "decisiones de analistas vigentes, con quién decidió y dónde"),
            Map.entry("review-decisions-not-applied", "decisiones de analistas no aplicadas, cada una con su motivo"),
            Map.entry("review-files-rejected", "archivos de revisión no aplicados, con cada problema"),
            Map.entry("listed-granted-by-court", "listadas con amnistía otorgada por un tribunal"),
            Map.entry("listed-released", "listadas que la ONG muestra excarceladas (con o sin medidas, o en casa por cárcel)"),
            Map.entry("amnestied", "personas de la ONG amnistiadas según las reglas (en una lista o con amnistía otorgada por un tribunal)"),
            Map.entry("amnestied-via-list", "amnistiadas que están en una lista del anuncio"),
            Map.entry("amnestied-via-court-only", "amnistiadas solo por decisión judicial (en ninguna lista del anuncio)"),
            Map.entry("not-amnestied", "personas de la ONG no amnistiadas, cada una con el primer motivo que se cumple"),
            Map.entry("granted-not-listed", "amnistía otorgada por un tribunal (alguna decisión), fuera de toda lista del anuncio"),
            Map.entry("granted-not-listed-known-to-ngo", "de ellas, personas en la lista de la ONG"),
            Map.entry("granted-not-listed-unknown-to-ngo", "de ellas, personas que la ONG no lista"),
            Map.entry("listed-people", "personas únicas nombradas en los anuncios"),
            Map.entry("listed-duplicate-entries", "entradas del anuncio que repiten a una persona ya nombrada"),
            Map.entry("unreadable-events", "notas que nombran un evento cuya fecha no se puede leer, con el texto"));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("report.subtitle", "List reconciliation: every figure with the source rows behind it."),
            Map.entry("report.funnel", "From the announcement to the people found"),
            Map.entry("report.reasons", "Why the NGO's people are not on the amnesty list"),
            Map.entry("report.lists", "The lists behind each figure"),
            Map.entry("report.lists-note", "Every row points at its source rows: file, sheet and row."),
            Map.entry("report.empty", "No rows."),
            Map.entry("report.search", "Search this list…"),
            Map.entry("report.cut", "The first {n} rows are shown; reconciliation.xlsx and the CSV files hold them all."),
            Map.entry("report.changes", "Changes since the previous run"),
            Map.entry("report.stated", "stated by the source"),
            Map.entry("report.counted", "counted: rows of its sheet"));

    private static final Map<String, String> DECISIONS_ES = Map.of("granted", "amnistía otorgada", "denied", "amnistía negada",
            "military-jurisdiction", "remitido a jurisdicción militar", "under-review", "en revisión", "unknown", "decisión desconocida");

    private final String language;

    Labels(String language) {
        this.language = "es".equals(language) ? "es" : "en";
    }

    String language() {
        return language;
    }

    String get(String key) {
        return ("es".equals(language) ? ES : EN).getOrDefault(key, EN.getOrDefault(key, key));
    }

    /** A figure's label: the Spanish one when the language is es and one exists, else the English label given. */
    String figure(String key, String english) {
        if ("es".equals(language)) {
            String es = ES.get(key);
            if (es == null && key.startsWith("rulings-")) {
                return "decisiones judiciales: " + DECISIONS_ES.getOrDefault(key.substring("rulings-".length()), key);
            }
            return es == null ? english : es;
        }
        return english;
    }

    List<String> listHeader() {
        return "es".equals(language) ? List.of("persona", "nombre", "cédula", "filas de origen", "detalle", "fecha")
                : List.of("person", "name", "ID number", "source rows", "detail", "date");
    }

    List<String> summaryHeader() {
        return "es".equals(language) ? List.of("cifra", "valor", "qué cuenta", "tipo", "hoja")
                : List.of("figure", "value", "what it counts", "kind", "sheet");
    }
}
