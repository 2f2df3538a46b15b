package org.rollcall.normalize;

import org.rollcall.text.TextFold;

/**
 * A phonetic key for names as written in Venezuela and the rest of Latin America: spellings
 * that sound alike get the same key. "Yorbis" and "Jorbis", "Jhonny" and "Johnny", "González"
 * and "Gonsales", "Velásquez" and "Velázquez", "Xiomara" and "Siomara", "Chacón" and "Chakon".
 *
 * <p>Rules, after folding: h is silent (but in ch); v and w sound as b; z, ç, and c before e or i
 * sound as s; qu, k, and c elsewhere sound as k; g before e or i, j, and y or ll before a vowel
 * sound as j; initial x sounds as s; ph as f, th as t; double letters are one.
 * Commons Codec's Beider–Morse (Spanish rules) does not unify Y/J spellings and is slow for
 * millions of names, so rollcall uses this key.
 */
public final class SpanishPhonetic {

    private SpanishPhonetic() {
    }

    /** The key of one word; {@code ""} for a blank word. */
    public static String key(String word) {
        String w = TextFold.fold(word).replace(" ", "");
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            char code;
            switch (c) {
                case 'h' -> {
                    continue;
                }
                case 'v', 'w', 'b' -> code = 'b';
                case 'z', 's' -> code = 's';
                case 'c' -> {
                    if (next == 'h') {
                        code = 'c';
                        i++;
                    } else {
                        code = next == 'e' || next == 'i' ? 's' : 'k';
                    }
                }
                case 'q' -> {
                    code = 'k';
                    if (next == 'u') {
                        i++;
                    }
                }
                case 'k' -> code = 'k';
                case 'g' -> {
                    if (next == 'u' && i + 2 < w.length() && (w.charAt(i + 2) == 'e' || w.charAt(i + 2) == 'i')) {
                        code = 'g';
                        i++;
                    } else {
                        code = next == 'e' || next == 'i' ? 'j' : 'g';
                    }
                }
                case 'j' -> code = 'j';
                case 'y' -> code = isVowel(next) ? 'j' : 'i';
                case 'l' -> {
                    if (next == 'l') {
                        code = 'j';
                        i++;
                    } else {
                        code = 'l';
                    }
                }
                case 'x' -> code = i == 0 ? 's' : 'x';
                case 'p' -> {
                    if (next == 'h') {
                        code = 'f';
                        i++;
                    } else {
                        code = 'p';
                    }
                }
                case 't' -> {
                    code = 't';
                    if (next == 'h') {
                        i++;
                    }
                }
                default -> code = c;
            }
            if (out.length() == 0 || out.charAt(out.length() - 1) != code) {
                out.append(code);
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
