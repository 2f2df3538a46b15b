package org.rollcall.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.domain.Field;
import org.rollcall.config.SourceDefinition;
import org.rollcall.text.TextFold;

/**
 * Reads a communiqué in plain text: the figures its prose states become claims, and its numbered
 * list of people ("1. JOSÉ GREGORIO PÉREZ GONZÁLEZ, C.I. V-12.345.678") becomes records whose
 * reference is their number in the list.
 *
 * <p>The list is the longest run of lines numbered in increasing order from 1 (or a little
 * more), each number at most {@link #MAX_GAP} above the one before: a list that skips a number
 * stays one list, and the skipped numbers are reported. Other numbered lines (articles of a
 * decree) stay prose. A list line with no name is rejected with its text.
 */
public final class CommuniqueReader {

    /** Largest step between two consecutive numbers of one list. */
    static final int MAX_GAP = 5;

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,9})\\s*[.)\\-–]\\s+(.*\\S)\\s*$");
    private static final Pattern ID = Pattern.compile(
            "(?i)(?:\\bc\\s*\\.?\\s*i\\s*\\.?\\s*(?:n\\s*[°º]\\s*\\.?)?\\s*:?\\s*|\\bc[ée]dula\\s*:?\\s*|\\bid\\s*(?:no\\.?|number)?\\s*:?\\s*)?"
                    + "\\b([ve])?\\s*-?\\s*(\\d{1,2}(?:\\.\\d{3}){2}|\\d{6,8})\\b");
    private static final Pattern ID_LABEL_ONLY = Pattern.compile(
            "(?i)[,;(\\-–]*\\s*(?:c\\s*\\.?\\s*i\\s*\\.?|c[ée]dula|\\bid)[^\\p{L}]*(?:no\\s+indicada|sin\\s+datos?|s/?n|not\\s+given)?\\)?\\s*$");

    /** Reads a plain-text file; the text is UTF-8, or Windows-1252 when it is not valid UTF-8. */
    public void read(SourceDefinition source, Path file, String displayFile, IngestSink sink) {
        read(source, readLines(file), displayFile, sink);
    }

    /** Reads a communiqué already turned into lines (from text, HTML or PDF). */
    public void read(SourceDefinition source, List<String> lines, String displayFile, IngestSink sink) {
        List<int[]> runs = lists(lines);
        StringBuilder prose = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            final int at = i;
            boolean inList = runs.stream().anyMatch(r -> at >= r[0] && at <= r[1]);
            prose.append(inList ? "" : lines.get(i)).append('\n');
        }
        sink.claims().addAll(ClaimExtractor.extract(source.id(), displayFile, prose.toString(), 1));
        for (int k = 0; k < runs.size(); k++) {
            int[] run = runs.get(k);
            String prefix = runs.size() > 1 ? (k + 1) + "." : "";
            int last = 0;
            List<Integer> skipped = new ArrayList<>();
            for (int i = run[0]; i <= run[1]; i++) {
                Matcher m = NUMBERED.matcher(lines.get(i));
                if (m.matches() && Integer.parseInt(m.group(1)) > last && Integer.parseInt(m.group(1)) <= last + MAX_GAP) {
                    int number = Integer.parseInt(m.group(1));
                    for (int j = last + 1; j < number; j++) {
                        skipped.add(j);
                    }
                    entry(sink, displayFile, i + 1, prefix + number, m.group(2));
                    last = number;
                }
            }
            if (!skipped.isEmpty()) {
                sink.claim(new Claim(source.id(), displayFile, run[0] + 1, "list-numbering", last, "numbered list of " + run[2]
                        + " names up to " + last, "the list skips number" + (skipped.size() == 1 ? " " : "s ") + skipped + ": "
                        + (last - run[2]) + " fewer names than its last number"));
            }
        }
    }

    /**
     * The lists of names: the longest numbered run, and other runs (a list numbered anew under
     * each heading: state, facility) when most of their entries, like the longest run's, carry a
     * cédula; decree articles do not. In document order.
     */
    private static List<int[]> lists(List<String> lines) {
        List<int[]> runs = new ArrayList<>();
        int from = 0;
        while (from < lines.size()) {
            int[] run = runFrom(lines, from);
            if (run == null) {
                break;
            }
            runs.add(run);
            from = run[1] + 1;
        }
        int[] longest = runs.stream().max(java.util.Comparator.comparingInt(r -> r[2])).orElse(null);
        if (longest == null || longest[2] == 0) {
            return List.of();
        }
        boolean idList = withIds(lines, longest) >= 0.8;
        List<int[]> out = new ArrayList<>();
        for (int[] r : runs) {
            if (r == longest || (idList && r[2] >= 2 && withIds(lines, r) >= 0.8)) {
                out.add(r);
            }
        }
        return out;
    }

    private static double withIds(List<String> lines, int[] run) {
        int n = 0;
        int ids = 0;
        for (int i = run[0]; i <= run[1]; i++) {
            Matcher m = NUMBERED.matcher(lines.get(i));
            if (m.matches()) {
                n++;
                if (ID.matcher(m.group(2)).find()) {
                    ids++;
                }
            }
        }
        return n == 0 ? 0 : (double) ids / n;
    }

    private static void entry(IngestSink sink, String file, int line, String position, String text) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        String name = text;
        Matcher id = ID.matcher(text);
        if (id.find()) {
            values.put(Field.ID_NUMBER, (id.group(1) == null ? "" : id.group(1).toUpperCase() + "-") + id.group(2));
            name = text.substring(0, id.start());
        }
        name = ID_LABEL_ONLY.matcher(name).replaceAll("");
        name = name.replaceAll("[\\s,;:\\-–—(]+$", "").trim();
        if (TextFold.isBlank(name)) {
            sink.reject(file, null, line, "list entry " + position + " has no name", text);
            return;
        }
        values.put(Field.FULL_NAME, name);
        sink.accept(file, null, line, position, values);
    }

    /**
     * The first run of numbered lines at or after {@code from}: from a number of at most
     * {@link #MAX_GAP}, each next number larger by 1 to {@link #MAX_GAP}, as [first line index,
     * last line index, entries]; lines that are not numbered (blank lines, page headers) may stand
     * between entries. {@code null} when no numbered line is left.
     */
    private static int[] runFrom(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            Matcher m = NUMBERED.matcher(lines.get(i));
            if (!m.matches() || Integer.parseInt(m.group(1)) > MAX_GAP) {
                continue;
            }
            int previous = Integer.parseInt(m.group(1));
            int count = 1;
            int last = i;
            for (int j = i + 1; j < lines.size(); j++) {
                Matcher n = NUMBERED.matcher(lines.get(j));
                if (n.matches()) {
                    int number = Integer.parseInt(n.group(1));
                    if (number <= previous || number > previous + MAX_GAP) {
                        break;
                    }
                    previous = number;
                    count++;
                    last = j;
                }
            }
            return new int[] {i, last, count};
        }
        return null;
    }

    static List<String> readLines(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceReadException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new ArrayList<>(List.of(text.split("\\r?\\n", -1)));
    }
}
