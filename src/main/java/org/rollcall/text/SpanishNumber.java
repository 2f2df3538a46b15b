package org.rollcall.text;

import java.util.Map;
import java.util.Set;
import java.util.OptionalLong;

/**
 * Reads cardinal numbers written in Spanish words, as communiqués state figures:
 * "TRESCIENTOS SETENTA Y NUEVE" → 379, "mil doscientos" → 1200, "veintiún" → 21.
 * Accents and case are ignored. Covers 0 to 999,999,999.
 */
public final class SpanishNumber {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("cero", 0), Map.entry("un", 1), Map.entry("uno", 1), Map.entry("una", 1),
            Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4), Map.entry("cinco", 5),
            Map.entry("seis", 6), Map.entry("siete", 7), Map.entry("ocho", 8), Map.entry("nueve", 9),
            Map.entry("diez", 10), Map.entry("once", 11), Map.entry("doce", 12), Map.entry("trece", 13),
            Map.entry("catorce", 14), Map.entry("quince", 15), Map.entry("dieciseis", 16),
            Map.entry("diecisiete", 17), Map.entry("dieciocho", 18), Map.entry("diecinueve", 19),
            Map.entry("veinte", 20), Map.entry("veintiun", 21), Map.entry("veintiuno", 21), Map.entry("veintiuna", 21),
            Map.entry("veintidos", 22), Map.entry("veintitres", 23), Map.entry("veinticuatro", 24),
            Map.entry("veinticinco", 25), Map.entry("veintiseis", 26), Map.entry("veintisiete", 27),
            Map.entry("veintiocho", 28), Map.entry("veintinueve", 29), Map.entry("treinta", 30),
            Map.entry("cuarenta", 40), Map.entry("cincuenta", 50), Map.entry("sesenta", 60),
            Map.entry("setenta", 70), Map.entry("ochenta", 80), Map.entry("noventa", 90),
            Map.entry("cien", 100), Map.entry("ciento", 100), Map.entry("doscientos", 200), Map.entry("doscientas", 200),
            Map.entry("trescientos", 300), Map.entry("trescientas", 300), Map.entry("cuatrocientos", 400),
            Map.entry("cuatrocientas", 400), Map.entry("quinientos", 500), Map.entry("quinientas", 500),
            Map.entry("seiscientos", 600), Map.entry("seiscientas", 600), Map.entry("setecientos", 700),
            Map.entry("setecientas", 700), Map.entry("ochocientos", 800), Map.entry("ochocientas", 800),
            Map.entry("novecientos", 900), Map.entry("novecientas", 900));

    private static final NumberWords WORDS = new NumberWords(UNITS, Set.of(), Set.of("mil"), Set.of("millon", "millones"), Set.of("y"));

    private SpanishNumber() {
    }

    /** True for the words numbers are made of, connectors included. */
    public static boolean isNumberWord(String word) {
        return WORDS.isNumberWord(word);
    }

    /** The value of the words, or empty when any word is not part of a number. */
    public static OptionalLong parse(String words) {
        return WORDS.parse(words);
    }
}
