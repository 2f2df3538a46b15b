package org.rollcall.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.text.Messages;
import org.rollcall.text.TextFold;

/**
 * Whether a name cell can hold a person's name. Volunteers type notes where the next row's name
 * would go ("Actualizado por Carmen Rosa Parra el 20/11/2026"); read as a name, such a line is a
 * detainee who does not exist and moves the NGO's count. A name cell that holds a date, digits
 * (other than a cédula or an ordinal such as "2do"), or that opens with a word notes open with, is
 * not a person: the row is rejected with the reason, never kept nor dropped in silence.
 *
 * <p>Roman numerals ("Luis Pérez II"), aliases in brackets ("Pedro Díaz (El Gocho)") and
 * particles are letters and pass.
 */
final class NameCell {

    /** A date written with numbers (20/11/2026, 2026-11-20, 3.4.25) or with a month's name (3-nov-2025, 20 de noviembre de 2026). */
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b|\\b\\d{1,2}(?:[\\s-]+de)?[\\s-]+"
            + "(?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic|jan|apr|aug|dec)[\\p{L}.]*(?:[\\s-]+(?:de[\\s-]+)?\\d{2,4})?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A cédula inside the cell ("V-12.345.678", "C.I. 8601646"): the ID column's business, not a reason to refuse the name. */
    private static final Pattern CEDULA = Pattern.compile("(?:\\b[VE]\\s*[-.]?\\s*)?\\b\\d{1,3}(?:\\.\\d{3}){1,2}\\b|(?:\\b[VE]\\s*[-.]?\\s*)?\\b\\d{6,8}\\b",
            Pattern.CASE_INSENSITIVE);

    /** An ordinal: 2do, 3ro, 1º, 2ª. */
    private static final Pattern ORDINAL = Pattern.compile("\\b\\d{1,2}\\s*(?:º|ª|°|era|er|ra|ro|da|do|ta|to|va|vo|na|no|ma|mo|st|nd|rd|th)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * First words of notes, folded, in a cell with a colon ("Nota: …", "Última actualización: …"):
     * some are surnames too (Fuente, Last), so the word alone says nothing.
     */
    private static final List<String> NOTE_LEADS = List.of("actualizado", "actualizada", "actualizacion", "ultima", "nota", "notas", "fuente",
            "elaborado", "elaborada", "revisado", "revisada", "preparado", "preparada", "observacion", "observaciones", "updated",
            "last", "note", "notes", "source", "prepared", "compiled", "reviewed");
    /** Participles that open a note with who or when after them ("Actualizado por …", "Revisado el …", "Updated by …"). */
    private static final List<String> NOTE_VERBS = List.of("actualizado", "actualizada", "elaborado", "elaborada", "revisado", "revisada",
            "preparado", "preparada", "updated", "prepared", "compiled", "reviewed");
    private static final List<String> NOTE_VERB_NEXT = List.of("por", "el", "al", "en", "by", "on");

    private static final Pattern FIRST_WORD = Pattern.compile("(\\p{L}+)\\s*:?\\s*(\\p{L}+)?");

    private NameCell() {
    }

    /**
     * Why {@code cell} is not a name, in the words of {@code m}; {@code null} when it may be one
     * (blank cells are another rule's business).
     */
    static String notAName(String cell, Messages m) {
        if (TextFold.isBlank(cell)) {
            return null;
        }
        String text = cell.trim();
        Matcher first = FIRST_WORD.matcher(text);
        if (first.lookingAt() && isNoteLead(first, text)) {
            return m.format("reject.name-is-note", text);
        }
        if (text.chars().noneMatch(Character::isDigit)) {
            return null; // every date, cédula and ordinal has a digit: most names end here, read once per row
        }
        String withoutCedula = CEDULA.matcher(text).replaceAll(" ");
        if (DATE.matcher(withoutCedula).find()) {
            return m.format("reject.name-has-date", text);
        }
        String rest = ORDINAL.matcher(withoutCedula).replaceAll(" ");
        if (rest.chars().anyMatch(Character::isDigit)) {
            return m.format("reject.name-has-digits", text);
        }
        return null;
    }

    private static boolean isNoteLead(Matcher first, String text) {
        String word = TextFold.fold(first.group(1)).toLowerCase(Locale.ROOT);
        String next = first.group(2) == null ? "" : TextFold.fold(first.group(2)).toLowerCase(Locale.ROOT);
        return text.indexOf(':') > 0 && NOTE_LEADS.contains(word) || NOTE_VERBS.contains(word) && NOTE_VERB_NEXT.contains(next);
    }
}
