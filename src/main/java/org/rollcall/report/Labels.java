package org.rollcall.report;

import java.util.List;
import org.rollcall.text.Messages;

/**
 * Words of the reports people read, in the job's language ({@code report.language}: en or es), from
 * the message bundles ({@link Messages}). Figure keys, file names and column names of machine
 * exports (entities.csv, summary.json, lists/*.csv) stay in English whatever the language.
 */
final class Labels {

    /** Column keys of a list (labels {@code column.<key>}), in the order of {@link ReportWriter#LIST_HEADER}. */
    private static final List<String> LIST_COLUMNS = List.of("person", "name", "id-number", "source-rows", "detail", "date");
    private static final List<String> SUMMARY_COLUMNS = List.of("figure", "value", "what", "kind", "sheet");

    private static final Messages ENGLISH = Messages.of("en");
    private static final String REASON = "not-amnestied-";
    /** How the reconcile step starts a reason's label (see AmnestyFigures). */
    private static final String REASON_PREFIX = "not amnestied: ";

    private final Messages messages;

    Labels(String language) {
        this.messages = Messages.of(language);
    }

    String language() {
        return messages.language();
    }

    Messages messages() {
        return messages;
    }

    String get(String key) {
        return messages.get(key);
    }

    String format(String key, Object... args) {
        return messages.format(key, args);
    }

    /**
     * A figure's label in the report's language. A figure without a bundle entry shows the English
     * label given (MessagesTest fails for it, so it is caught before a release). A reason's figure
     * ({@code not-amnestied-<id>}) takes the bundle's label only when it is the default reason of
     * that id (its English label is the bundle's): a job file's own reason keeps its label.
     */
    String figure(String key, String english) {
        if (key.startsWith(REASON) && english != null && !english.equals(ENGLISH.has("figure." + key) ? ENGLISH.get("figure." + key) : null)) {
            // a reason of the job file's own, even one whose id is a default's ("terrorism" with a
            // condition of its own): its own label, not the default reason's
            return messages.format("label.not-amnestied-reason",
                    english.startsWith(REASON_PREFIX) ? english.substring(REASON_PREFIX.length()) : english);
        }
        return messages.has("figure." + key) ? messages.get("figure." + key) : english;
    }

    /** A figure's sheet name: at most 31 characters, from the bundle; the key when it has none. */
    String sheet(String key) {
        return messages.has("sheet." + key) ? messages.get("sheet." + key) : key;
    }

    List<String> listHeader() {
        return LIST_COLUMNS.stream().map(k -> messages.get("column." + k)).toList();
    }

    /** The column headers of a list: its own ({@code columns.<list>}, six separated by |) or the people list's. */
    List<String> listHeader(String list) {
        return messages.has("columns." + list) ? List.of(messages.get("columns." + list).split("\\|")) : listHeader();
    }

    List<String> summaryHeader() {
        return SUMMARY_COLUMNS.stream().map(k -> messages.get("column." + k)).toList();
    }
}
