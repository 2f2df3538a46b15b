package org.rollcall.sample.other;

/** Whole numbers written in Spanish capitals, as communiqués state figures ("TRESCIENTOS SETENTA Y NUEVE"). */
final class SpanishWords {

    private static final String[] UNITS = {"", "UNO", "DOS", "TRES", "CUATRO", "CINCO", "SEIS", "SIETE", "OCHO", "NUEVE", "DIEZ",
        "ONCE", "DOCE", "TRECE", "CATORCE", "QUINCE", "DIECISÉIS", "DIECISIETE", "DIECIOCHO", "DIECINUEVE", "VEINTE", "VEINTIUNO",
        "VEINTIDÓS", "VEINTITRÉS", "VEINTICUATRO", "VEINTICINCO", "VEINTISÉIS", "VEINTISIETE", "VEINTIOCHO", "VEINTINUEVE"};
    private static final String[] TENS = {"", "", "", "TREINTA", "CUARENTA", "CINCUENTA", "SESENTA", "SETENTA", "OCHENTA", "NOVENTA"};
    private static final String[] HUNDREDS = {"", "CIENTO", "DOSCIENTOS", "TRESCIENTOS", "CUATROCIENTOS", "QUINIENTOS", "SEISCIENTOS",
        "SETECIENTOS", "OCHOCIENTOS", "NOVECIENTOS"};

    private SpanishWords() {
    }

    /** 1 to 999 999. */
    static String of(int n) {
        if (n < 1 || n > 999_999) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        int thousands = n / 1000;
        int rest = n % 1000;
        String head = thousands == 0 ? "" : thousands == 1 ? "MIL" : below1000(thousands).replaceAll("UNO$", "UN") + " MIL";
        String tail = rest == 0 ? "" : below1000(rest);
        return (head + " " + tail).trim();
    }

    private static String below1000(int n) {
        if (n == 100) {
            return "CIEN";
        }
        String h = HUNDREDS[n / 100];
        int r = n % 100;
        String t = r < 30 ? UNITS[r] : TENS[r / 10] + (r % 10 == 0 ? "" : " Y " + UNITS[r % 10]);
        return (h + " " + t).trim();
    }
}
