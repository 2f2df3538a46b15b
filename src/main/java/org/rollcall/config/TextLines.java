package org.rollcall.config;

import java.util.List;
import java.util.regex.Pattern;

/** The lines of a job file, to say on which line a key is written when the parser cannot. */
final class TextLines {

    private final List<String> lines;

    TextLines(String text) {
        this.lines = List.of(text.split("\\r?\\n", -1));
    }

    /**
     * "line N" for the one line that writes {@code key} (with {@code value}, when given);
     * empty when no line or several lines do.
     */
    String lineOf(String key, String value) {
        String k = "[\"']?" + Pattern.quote(key) + "[\"']?\\s*:";
        String v = value == null ? ".*" : "\\s*[\"']?" + Pattern.quote(value) + "[\"']?\\s*(?:[,}#].*)?";
        Pattern p = Pattern.compile("^\\s*(?:-\\s+)?" + k + v + "|.*[{,]\\s*" + k + v);
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).matches()) {
                if (at >= 0) {
                    return "";
                }
                at = i;
            }
        }
        return at < 0 ? "" : "line " + (at + 1);
    }
}
