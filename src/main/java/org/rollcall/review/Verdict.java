package org.rollcall.review;

import java.util.List;
import org.rollcall.text.TextFold;

/** An analyst's decision on a pair, in the words of the review workbook's dropdown. */
public enum Verdict {
    SAME("same person", "misma persona"),
    DIFFERENT("different people", "personas distintas"),
    UNSURE("unsure", "no sé");

    private final String english;
    private final String spanish;

    Verdict(String english, String spanish) {
        this.english = english;
        this.spanish = spanish;
    }

    public String label(String language) {
        return "es".equals(language) ? spanish : english;
    }

    /** The verdict a cell holds, in either language; {@code null} for a blank cell or other text. */
    public static Verdict parse(String text) {
        String f = TextFold.fold(text);
        for (Verdict v : values()) {
            if (f.equals(TextFold.fold(v.english)) || f.equals(TextFold.fold(v.spanish))) {
                return v;
            }
        }
        return null;
    }

    static List<String> labels(String language) {
        return List.of(SAME.label(language), DIFFERENT.label(language), UNSURE.label(language));
    }
}
