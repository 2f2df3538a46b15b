package org.rollcall.normalize;

import java.time.DateTimeException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month or date a workbook's sheet is named by: "Enero", "MARZO", "Febrero 2026", "ene-26",
 * "March 2026", "Jan", "2026-03", "2026-03-15", "15/03/2026", "03-2026" (Spanish, English and
 * Portuguese month names and their abbreviations). A sheet of one month per sheet is an update of the
 * earlier months: the newest month says where a person is now, wherever its sheet is in the workbook.
 *
 * @param year the year, {@code null} when the name gives none ("Enero")
 * @param month 1–12
 * @param day the day, 0 when the name gives none
 */
public record SheetDate(Integer year, int month, int day) implements Comparable<SheetDate> {

    private static final Map<String, Integer> MONTHS = months();
    private static final String SEP = "[\\s\\-_/.]+";
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-_/. ](\\d{1,2})(?:[-_/. ](\\d{1,2}))?");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-_/. ](\\d{1,2})[-_/. ](\\d{4})");
    private static final Pattern MY = Pattern.compile("(\\d{1,2})[-_/. ](\\d{4})");
    private static final Pattern WORD = Pattern.compile("(?:(\\d{1,2})" + SEP + "(?:de\\s+)?)?([a-z]+)\\.?(?:" + SEP + "(?:de\\s+)?(\\d{4}|\\d{2}))?");
    private static final Pattern YEAR_WORD = Pattern.compile("(\\d{4})" + SEP + "([a-z]+)\\.?");

    /** The sheet name's month or date, or empty when the name is not one ("Detenidos", "Notas", "Hoja1"). */
    public static Optional<SheetDate> read(String sheetName) {
        if (sheetName == null || sheetName.isBlank()) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(sheetName, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim()
                .replaceAll("\\s+", " ");
        try {
            Matcher m;
            if ((m = YMD.matcher(s)).matches()) {
                return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
            }
            if ((m = DMY.matcher(s)).matches()) {
                return of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if ((m = MY.matcher(s)).matches()) {
                return of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), 0);
            }
            if ((m = YEAR_WORD.matcher(s)).matches() && MONTHS.containsKey(m.group(2))) {
                return of(Integer.parseInt(m.group(1)), MONTHS.get(m.group(2)), 0);
            }
            if ((m = WORD.matcher(s)).matches() && MONTHS.containsKey(m.group(2))) {
                Integer year = m.group(3) == null ? null : Integer.parseInt(m.group(3)) + (m.group(3).length() == 2 ? 2000 : 0);
                return of(year, MONTHS.get(m.group(2)), m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // "2026-13", "31-02-2026": not a date
        }
        return Optional.empty();
    }

    private static Optional<SheetDate> of(Integer year, int month, int day) {
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        if (day > 0) {
            LocalDate.of(year == null ? 2000 : year, month, day); // throws for a day the month has not
        }
        return Optional.of(new SheetDate(year, month, day));
    }

    /**
     * The sheet's month in a year: a name without one ("Enero") is the latest such month not after
     * the list's date ({@code listDate}; "Diciembre" of a list of 2026-01-20 is December 2025), or
     * without a list date the year of the other sheets (0 here: only months are then compared).
     */
    public SheetDate inYearOf(LocalDate listDate) {
        if (year != null) {
            return this;
        }
        if (listDate == null) {
            return new SheetDate(0, month, day);
        }
        boolean after = month > listDate.getMonthValue() || (month == listDate.getMonthValue() && day > listDate.getDayOfMonth());
        return new SheetDate(listDate.getYear() - (after ? 1 : 0), month, day);
    }

    /** Earlier first: by year (a name without a year, as if of the same year), month, then day (a month alone before its days). */
    @Override
    public int compareTo(SheetDate o) {
        int y = Integer.compare(year == null ? 0 : year, o.year == null ? 0 : o.year);
        if (y != 0) {
            return y;
        }
        int m = Integer.compare(month, o.month);
        return m != 0 ? m : Integer.compare(day, o.day);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[][] names = {
            {"enero", "ene", "january", "jan", "janeiro"},
            {"febrero", "feb", "february", "fevereiro", "fev"},
            {"marzo", "mar", "march", "marco"},
            {"abril", "abr", "april", "apr"},
            {"mayo", "may", "maio", "mai"},
            {"junio", "jun", "june", "junho"},
            {"julio", "jul", "july", "julho"},
            {"agosto", "ago", "august", "aug"},
            {"septiembre", "setiembre", "sep", "sept", "set", "september", "setembro"},
            {"octubre", "oct", "october", "outubro", "out"},
            {"noviembre", "nov", "november", "novembro"},
            {"diciembre", "dic", "december", "dec", "dezembro", "dez"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }
}
