package org.rollcall.text;

/**
 * Spanish gender and number, folded away: "Excarcelado", "Excarcelada", "Excarcelados" and
 * "excarceladas" are one word to a list's status column, as are "Privado de libertad" and
 * "Privadas de libertad". Only the endings -o, -a, -os and -as are folded, word by word; a word of
 * two letters ("la", "de") is left as it is, and so is a plural of three ("los", "las").
 */
public final class Inflection {

    private Inflection() {
    }

    /** The text {@link TextFold#fold folded}, each word without its final -o, -a, -os or -as. */
    public static String fold(String text) {
        String folded = TextFold.fold(text);
        if (folded.isEmpty()) {
            return folded;
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (String word : folded.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(stem(word));
        }
        return out.toString();
    }

    private static String stem(String word) {
        int n = word.length();
        if (n >= 4 && word.charAt(n - 1) == 's' && isGender(word.charAt(n - 2))) {
            return word.substring(0, n - 2);
        }
        if (n >= 3 && isGender(word.charAt(n - 1))) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static boolean isGender(char c) {
        return c == 'o' || c == 'a';
    }
}
