package org.rollcall.ingest;

import static org.rollcall.ingest.NumberedLists.ID_LABEL;
import static org.rollcall.ingest.NumberedLists.MAX_GAP;
import static org.rollcall.ingest.NumberedLists.NUMBERED;
import static org.rollcall.ingest.NumberedLists.UNREAD_LIST_LINES;
import static org.rollcall.ingest.NumberedLists.continuesAfter;
import static org.rollcall.ingest.NumberedLists.findId;
import static org.rollcall.ingest.NumberedLists.hasId;
import static org.rollcall.ingest.NumberedLists.heading;
import static org.rollcall.ingest.NumberedLists.headingAfterEntry;
import static org.rollcall.ingest.NumberedLists.lists;
import static org.rollcall.ingest.NumberedLists.startsWithIdLabel;

import java.util.Arrays;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.domain.Field;
import org.rollcall.domain.IdFormat;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Problem;
import org.rollcall.config.SourceDefinition;
import org.rollcall.text.NationalId;
import org.rollcall.text.TextFold;

/**
 * Reads a communiqué in plain text: the figures its prose states become claims, and its numbered
 * list of people ("1. JOSÉ GREGORIO PÉREZ GONZÁLEZ, C.I. V-12.345.678") becomes records whose
 * reference is their number in the list.
 *
 * <p>The list is the longest run of lines numbered in increasing order from 1 (or a little
 * more), each number at most {@link NumberedLists#MAX_GAP} above the one before: a list that skips a number
 * stays one list, and the skipped numbers are reported. Other numbered lines (articles of a
 * decree) stay prose. A list line with no name is rejected with its text.
 */
public final class CommuniqueReader {

    /** Longest line read: a sentence or a list entry is far shorter; a longer line is rejected, not searched. */
    static final int MAX_LINE = 100_000;

    /** Largest communiqué file read: a long one is a few hundred kilobytes. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    /** Words that say an entry has no cédula: "no indicada", "S/N", "sin cédula", "no posee". */
    static final String NO_ID_WORDS = "no\\s+indica(?:da|do)?|no\\s+disponible|sin\\s+datos?|sin\\s+c[ée]dula|no\\s+posee"
            + "|s\\s*/\\s*[nc]|n\\s*/\\s*[ad]|not\\s+given";
    /** A no-cédula mark after the name, then a printed table's next cell: "GIMENEZ S/C Falcón". */
    private static final Pattern NO_ID_THEN_CELL = Pattern.compile("(?i)[\\s,;(\\-–—]+(?:" + NO_ID_WORDS + ")\\s*\\)?\\s+(\\S.*)$");
    /** A no-cédula mark anywhere in a line. */
    static final Pattern NO_ID = Pattern.compile("(?i)(?:^|[\\s,;(\\-–—])(?:" + NO_ID_WORDS + ")(?:$|[\\s).,;])");
    /** Where a second column's entry starts inside a numbered line: a tab or two spaces or more, then "N." and a capital. */
    private static final Pattern NEXT_COLUMN = Pattern.compile("(?:\\t|\\s{2,})\\s*(\\d{1,9}\\s*[.)\\-–]\\s*(?=[\\p{Lu}\"'«]))");

    /** A no-cédula marker written after the name without a label: ", S/C", "(sin cédula)", "- no posee". */
    private static final Pattern BARE_NO_ID = Pattern.compile("(?i)[\\s,;(\\-–—]+(?:" + NO_ID_WORDS + ")\\s*\\)?\\s*\\.?\\s*$");
    private static final Pattern PAGE_FOOTER = Pattern.compile("(?i)^\\s*(?:-\\s*)?(?:p[áa]g(?:ina)?\\.?|page|p\\.)?\\s*\\d{1,4}"
            + "(?:\\s*(?:de|of|/)\\s*\\d{1,4})?\\s*(?:-\\s*)?$");

    /** Spaces and punctuation around a cédula: what is left of a name once they are taken out tells whether it has one. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s,;:\\-–—(]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:\\-–—(]+$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[)\\].,;:\\s\\-–—]+");
    /** What may close an entry after its cédula without being a note: ")", ".", … */
    private static final Pattern CLOSING_MARKS = Pattern.compile("[)\\].,;]*");

    /** The subjects of the figures that make an announcement's {@code announced}. */
    private static final Set<String> ANNOUNCED = Set.of("amnestied", "released");

    /**
     * A line that says the list goes on elsewhere: "(continúa en la página siguiente)", "viene de la
     * página anterior", "continued on next page" — a page's furniture, never part of a name.
     */
    static final Pattern CONTINUED = Pattern.compile("(?iu)^[\\s(\\[*.…\\-–—]*(?:contin[úu]a(?:ci[óo]n)?|sigue|viene|continued|continues)"
            + "(?:\\b[^\\d]{0,30}?\\b(?:p[áa]gina|p[áa]g|hoja|page))?(?:\\s+(?:siguiente|anterior|pr[óo]xima))?[^\\p{L}]*$");

    /** A title carried onto the next page: "Comunicado N° 12 (continuación)", "LISTA DE BENEFICIARIOS (cont.)". */
    private static final Pattern CONTINUED_TITLE = Pattern.compile("(?iu)^\\D{0,40}(?:\\d{1,6}\\D{0,20})?[\\s(\\[\\-–—]+"
            + "(?:contin[úu]aci[óo]n|contin[úu]a|cont\\.|continued)[)\\]]?\\s*\\.?\\s*$");

    /** True when a line says the list or text goes on from or to another page: page furniture, never part of a name. */
    /** Each line's being page furniture: a running header or footer, or {@link #pageFurniture}. */
    private static boolean[] furniture(List<String> lines, boolean[] running) {
        boolean[] out = new boolean[lines.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = running[i] || pageFurniture(lines.get(i));
        }
        return out;
    }

    /** A page number or footer, or a line saying the text goes on from or to another page: never a name, nor an introduction. */
    static boolean pageFurniture(String line) {
        return PAGE_FOOTER.matcher(line).matches() || continued(line);
    }

    static boolean continued(String line) {
        return CONTINUED.matcher(line).matches() || CONTINUED_TITLE.matcher(line).matches() && !hasId(line);
    }

    /**
     * Reads a plain-text file; the text is UTF-8, or Windows-1252 when it is not valid UTF-8, or Mac
     * Roman when its accented words read as Spanish only in Mac Roman ({@link MacRoman}, said as a
     * warning naming the file).
     */
    public void read(SourceDefinition source, Path file, String displayFile, IngestSink sink) {
        List<String> lines = readLines(file);
        if (macRoman) {
            sink.warn(sink.messages().format("encoding.mac-roman", displayFile));
        }
        read(source, lines, displayFile, sink);
    }

    /** True when the last file {@link #readLines} read was taken for Mac Roman. */
    private boolean macRoman;

    /**
     * Reads a communiqué already turned into lines (from text, HTML or PDF). Every line ends up as
     * an entry of a list, a line joined to the entry above it (a wrapped name), a rejected line with
     * its reason, or an ignored line of a kind: prose, heading, blank, page footer.
     */
    public void read(SourceDefinition source, List<String> given, String displayFile, IngestSink sink) {
        Layout layout = layout(given);
        List<String> lines = layout.lines();
        int[] physical = layout.physical();
        sink.expect(lines.size());
        boolean[] rejected = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > MAX_LINE) {
                sink.reject(displayFile, null, physical[i], sink.messages().format("communique.long-line", String.valueOf(line.length()),
                        String.valueOf(MAX_LINE)), line.substring(0, 200));
                lines.set(i, "");
                rejected[i] = true;
            }
        }
        boolean[] running = RunningLines.find(lines, layout.pages(), l -> NUMBERED.matcher(l).matches() || hasId(l)
                || startsWithIdLabel(l), l -> !ClaimExtractor.extract(source.id(), displayFile, l, 1).isEmpty());
        List<int[]> runs = lists(lines);
        boolean[] inList = new boolean[lines.size()];
        runs.forEach(r -> Arrays.fill(inList, r[0], r[1] + 1, true));
        StringBuilder prose = new StringBuilder();
        Set<String> furnitureRead = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            // a running header's figures are read once, not once per page
            boolean proseLine = !inList[i] && (!running[i] || furnitureRead.add(RunningLines.key(lines.get(i))));
            prose.append(proseLine ? lines.get(i) : "").append('\n');
        }
        // a correction of an earlier communiqué: its lines that take people off the list, or write an entry anew, are records
        boolean correction = source.kind() == SourceKind.ANNOUNCEMENT && Corrections.isCorrection(prose.toString());
        CorrectionLines corrections = new CorrectionLines(sink, displayFile, correction);
        for (int i = 0; i < lines.size(); i++) {
            if (!inList[i] && !rejected[i]) {
                boolean blank = TextFold.isBlank(lines.get(i));
                boolean furniture = running[i] || pageFurniture(lines.get(i));
                if (blank || furniture || source.kind() != SourceKind.ANNOUNCEMENT || !corrections.read(lines.get(i), physical[i])) {
                    sink.ignore(displayFile, blank ? Ignored.BLANK : furniture ? Ignored.PAGE_FOOTER : heading(lines, i) ? Ignored.HEADING : Ignored.PROSE);
                }
            }
        }
        for (Claim c : ClaimExtractor.extract(source.id(), displayFile, prose.toString(), 1, sink.messages(), sink.earlierClaims(), correction)) {
            // only an announcement announces: the figure in a person list's text ("10 personas bajo arresto domiciliario") is no amnesty
            String subject = source.kind() == SourceKind.ANNOUNCEMENT || !ANNOUNCED.contains(c.subject()) ? c.subject() : "people";
            sink.claim(new Claim(c.sourceId(), c.file(), c.line() >= 1 && c.line() <= physical.length ? physical[c.line() - 1] : c.line(), subject,
                    c.value(), c.text(), c.problem(), c.date(), c.sheet()));
        }
        if (runs.isEmpty()) {
            long withId = lines.stream().filter(NumberedLists::hasId).count();
            int inline = source.kind() == SourceKind.ANNOUNCEMENT ? InlineNames.longestRun(prose.toString()) : 0;
            if (withId >= UNREAD_LIST_LINES) {
                sink.rejectFile(displayFile, null, sink.messages().format("communique.unread-list", String.valueOf(withId)), "");
            } else if (inline > 0) {
                // "a los señores: A, B y C": names rollcall does not read, never a communiqué naming nobody in silence
                sink.rejectFile(displayFile, null, sink.messages().format("communique.inline-list", String.valueOf(inline)), "");
            }
        }
        // only an announcement's lists are the amnesty's; a person list's heading ("Personas bajo arresto domiciliario") is its own business
        boolean[] furniture = source.kind() == SourceKind.ANNOUNCEMENT ? furniture(lines, running) : null;
        List<String> notAnAmnesty = source.kind() == SourceKind.ANNOUNCEMENT ? ListIntroduction.notAnAmnesty(lines, runs, furniture)
                : Collections.nCopies(runs.size(), null);
        // a list under "se excluye de la lista, por error material, a los siguientes ciudadanos:" names people taken off the list
        List<Boolean> withdrawn = source.kind() == SourceKind.ANNOUNCEMENT ? CorrectionLines.withdrawingLists(lines, runs, furniture, correction)
                : Collections.nCopies(runs.size(), false);
        for (int k = 0; k < runs.size(); k++) {
            readList(source, new Layout(lines, physical, layout.pages()), running, runs.get(k), runs.size() > 1 ? (k + 1) + "." : "", displayFile, sink,
                    withdrawn.get(k) ? null : notAnAmnesty.get(k), withdrawn.get(k));
        }
        sink.rowsRead(displayFile, lines.size());
    }

    /**
     * The lines as read, with their physical place in the file: a form feed (a PDF's page break,
     * {@code pdftotext}'s too) starts a page and is taken out; a list printed in two or more
     * columns is split into one line per entry: a numbered line holding, after a tab or a gap of
     * two spaces or more, another number with its mark and a capital ("1. ARAUJO, CARLOS  C.I.
     * V-10.111.222      2. BRICEÑO, ANA …"). Each such entry then counts as a line of its own, and
     * problems cite the line of the file it stands on.
     *
     * @param lines the lines to read, one per entry
     * @param physical each line's 1-based line in the file, as an editor shows it
     * @param pages each line's 0-based page, or {@code null} when the text marks no page
     */
    record Layout(List<String> lines, int[] physical, int[] pages) {
    }

    static Layout layout(List<String> given) {
        boolean paged = given.stream().anyMatch(l -> l.indexOf('\f') >= 0);
        List<String> out = new ArrayList<>(given.size());
        List<Integer> physical = new ArrayList<>(given.size());
        List<Integer> pages = new ArrayList<>(given.size());
        List<Integer> column = new ArrayList<>(given.size());
        int page = 0;
        for (int g = 0; g < given.size(); g++) {
            String line = given.get(g);
            boolean breakAfter = false; // a form feed after the line's text ends its page
            if (paged && line.indexOf('\f') >= 0) {
                boolean leading = TextFold.isBlank(line.substring(0, line.indexOf('\f')));
                page += leading ? 1 : 0;
                breakAfter = !leading;
                line = line.replace("\f", "");
            }
            int before = out.size();
            columns(line, out);
            for (int k = before; k < out.size(); k++) {
                physical.add(g + 1);
                pages.add(page);
                column.add(out.size() - before == 1 ? (indent(line) >= SECOND_COLUMN_INDENT ? -1 : 0) : k - before);
            }
            page += breakAfter ? 1 : 0;
        }
        Columns.readDown(out, physical, pages, column);
        return new Layout(out, physical.stream().mapToInt(Integer::intValue).toArray(),
                paged ? pages.stream().mapToInt(Integer::intValue).toArray() : null);
    }

    /** A lone entry indented this far, inside a block of lines holding two entries or more, stands in the last column. */
    private static final int SECOND_COLUMN_INDENT = 12;

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The line, or its columns' entries when it is a list printed in two or more columns, added to {@code out}. */
    private static void columns(String line, List<String> out) {
        if (line.length() > MAX_LINE || !NUMBERED.matcher(line).matches()) {
            out.add(line);
            return;
        }
        int from = 0;
        Matcher m = NEXT_COLUMN.matcher(line);
        while (m.find()) {
            out.add(line.substring(from, m.start()).stripTrailing());
            from = m.start(1);
        }
        out.add(from == 0 ? line : line.substring(from));
    }

    /**
     * True when a page break stands between the text above blank line {@code i} and the text
     * below it, with only blank lines and page furniture around it: the blank is the end of a page
     * (or the top of the next), not the end of an entry.
     */
    private static boolean pageBreakAround(Layout layout, boolean[] running, int i) {
        int[] pages = layout.pages();
        if (pages == null) {
            return false;
        }
        int above = nextText(layout, running, i, -1);
        int below = nextText(layout, running, i, 1);
        return above >= 0 && below >= 0 && pages[above] != pages[below];
    }

    /** The nearest line from {@code i} in direction {@code step} that is neither blank nor page furniture, or -1. */
    private static int nextText(Layout layout, boolean[] running, int i, int step) {
        for (int j = i + step; j >= 0 && j < layout.lines().size(); j += step) {
            String line = layout.lines().get(j);
            if (!TextFold.isBlank(line) && !running[j] && !pageFurniture(line)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * @param withdrawals the list names people a correction takes off the list: records of kind {@link SourceKind#WITHDRAWAL}
     * @param notAnAmnesty the sentence over the list saying its people are not amnestied
     *     ({@link ListIntroduction}), or {@code null}: its entries are then records of kind
     *     {@link org.rollcall.domain.SourceKind#OTHER_MEASURE}, with one problem naming the list and the sentence
     */
    private void readList(SourceDefinition source, Layout layout, boolean[] running, int[] run, String prefix, String displayFile,
            IngestSink sink, String notAnAmnesty, boolean withdrawals) {
        List<String> lines = layout.lines();
        int[] physical = layout.physical();
        int last = 0;
        List<Integer> skipped = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        int entryLine = -1;
        String entryPosition = null;
        StringBuilder entryText = null;
        String entryNote = null;
        boolean joinable = false;
        for (int i = run[0]; i <= run[1]; i++) {
            String line = lines.get(i);
            Matcher m = NUMBERED.matcher(line);
            Integer number = m.matches() ? Integer.parseInt(m.group(1)) : null;
            boolean inSequence = number != null && number > last && number <= last + MAX_GAP;
            boolean typo = number != null && !inSequence && continuesAfter(lines, i, last + 1);
            if (inSequence || typo) {
                if (entryText != null) {
                    pending.add(new Pending(entryLine, entryPosition, entryText.toString(), entryNote));
                }
                int position = inSequence ? number : last + 1;
                for (int j = last + 1; j < position; j++) {
                    skipped.add(j);
                }
                entryLine = physical[i];
                entryPosition = prefix + position;
                entryText = new StringBuilder(m.group(2));
                entryNote = typo ? "numbered " + number + " between " + last + " and the next entry: read as number " + position
                        + " (a typo in the numbering?)" : null;
                last = position;
                joinable = !hasId(m.group(2));
            } else if (TextFold.isBlank(line)) {
                sink.ignore(displayFile, Ignored.BLANK);
                joinable = joinable && pageBreakAround(layout, running, i); // an entry cut by the page's end goes on at the next page's top
            } else if (running[i] || pageFurniture(line)) {
                sink.ignore(displayFile, Ignored.PAGE_FOOTER);
            } else if (number == null && PrintedTable.repeatsHeader(lines, run[0], i)) {
                sink.ignore(displayFile, Ignored.HEADER); // a table's header printed again on the next page, or repeated in it
                joinable = false;
            } else if (entryText != null && (joinable || startsWithIdLabel(line)) && number == null && !line.trim().endsWith(":")
                    && line.trim().split("\\s+").length <= 8 && !heading(lines, i)) {
                entryText.append(' ').append(line.trim());
                sink.ignore(displayFile, Ignored.CONTINUATION);
                joinable = !hasId(entryText);
            } else if (heading(lines, i) || headingAfterEntry(lines, i)) {
                sink.ignore(displayFile, Ignored.HEADING);
                joinable = false;
            } else {
                sink.reject(displayFile, null, physical[i], number != null
                        ? sink.messages().format("communique.out-of-sequence", String.valueOf(number), String.valueOf(last))
                        : sink.messages().format("communique.not-entry"), line.trim());
                joinable = false;
            }
        }
        if (entryText != null) {
            pending.add(new Pending(entryLine, entryPosition, entryText.toString(), entryNote));
        }
        if (notAnAmnesty != null && !pending.isEmpty()) {
                String sentence = notAnAmnesty.length() > 200 ? notAnAmnesty.substring(0, 200) + "…" : notAnAmnesty;
                sink.fieldProblem(new Problem(displayFile + ", lines " + pending.get(0).line() + "–" + pending.get(pending.size() - 1).line(),
                        sink.messages().format("communique.not-an-amnesty", pending.size(), sentence),
                        sink.messages().get("communique.not-an-amnesty-fix"), Problem.Kind.FIELD));
        }
        // a printed table's column after the cédula (a state) is left out of every entry, not one problem per entry
        List<IdInText> ids = pending.stream().map(e -> IdInText.of(e.text(), source.idFormat())).toList();
        List<String> afterId = ids.stream().map(IdInText::after).toList();
        boolean column = PrintedTable.hasColumn(afterId);
        List<String> cells = column ? PrintedTable.cells(afterId) : List.of();
        // a page's list of headlines ("Industriales gana el clásico ante Santiago de Cuba"): under a news page's title for one ("Lo más
        // leído"), or every entry a sentence and none a name with a note of its detention ("José Pérez detenido en El Rodeo I")
        boolean[] sentence = new boolean[pending.size()];
        int sentences = 0;
        for (int i = 0; i < pending.size(); i++) {
            sentence[i] = ids.get(i).id() == null && ids.get(i).doc() == null && SentenceEntries.readsAsText(pending.get(i).text());
            sentences += sentence[i] ? 1 : 0;
        }
        boolean headlines = SentenceEntries.headlines(lines, run[0], pending.stream().map(Pending::text).toList(), sentences);
        for (int i = 0; i < pending.size(); i++) {
            Pending e = pending.get(i);
            // the entry's ID as found above, unless the table's cell is taken out of its text
            IdInText id = column && afterId.get(i) == null ? IdInText.of(PrintedTable.withoutCell(e.text(), NO_ID_THEN_CELL, cells), source.idFormat())
                    : ids.get(i);
            entry(sink, displayFile, e.line(), e.position(), id, e.note(), column,
                    withdrawals ? SourceKind.WITHDRAWAL : notAnAmnesty != null ? SourceKind.OTHER_MEASURE : source.kind(),
                    headlines && sentence[i]);
        }
        if (!skipped.isEmpty()) {
            sink.claim(new Claim(source.id(), displayFile, physical[run[0]], "list-numbering", last, "numbered list of " + run[2]
                    + " names up to " + last, "the list skips number" + (skipped.size() == 1 ? " " : "s ") + skipped + ": "
                    + (last - run[2]) + " fewer names than its last number"));
        }
    }

    /** An entry read, kept until the whole list is read (its columns are known then). */
    private record Pending(int line, String position, String text, String note) {
    }

    /**
     * An entry's text with its ID found once (the search is the costliest part of reading an entry):
     * the cédula ({@link NumberedLists#findId}) and the document number taken whole ({@link DocumentIds#find}).
     *
     * @param id a matcher that has found the first cédula, or {@code null}; not searched again
     * @param doc the document number taken whole, or {@code null}
     */
    private record IdInText(String text, Matcher id, DocumentIds.Found doc) {

        static IdInText of(String text, IdFormat format) {
            Matcher id = findId(text);
            return new IdInText(text, id, DocumentIds.find(text, id, format));
        }

        /** The text after the entry's ID, or {@code null} when it has none or nothing but punctuation comes before it. */
        String after() {
            int start = doc != null ? doc.start() : id != null ? id.start() : -1;
            int end = doc != null ? doc.end() : id != null ? id.end() : -1;
            return start >= 0 && !TextFold.isBlank(PUNCTUATION.matcher(text.substring(0, start)).replaceAll(""))
                    ? text.substring(end).trim() : null;
        }
    }

    /**
     * @param column the list is a printed table with a column after the cédula: a short text
     *     there is that column's cell, not a note
     */
    private static void entry(IngestSink sink, String file, int line, String position, IdInText found, String note, boolean column,
            SourceKind kind, boolean headline) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        String text = found.text();
        String name = text;
        Matcher id = found.id();
        Matcher label = ID_LABEL.matcher(text);
        DocumentIds.Found doc = found.doc();
        if (doc != null) {
            // "…, Identidad 001-230481-4373B": the whole number, never "230481" out of it with "…, Identidad 001" left in the name
            values.put(Field.ID_NUMBER, doc.value());
            name = DocumentIds.nameBefore(text, doc);
            String after = text.substring(doc.end()).trim();
            if (TextFold.isBlank(PUNCTUATION.matcher(name).replaceAll(""))) {
                name = LEADING_PUNCTUATION.matcher(after).replaceAll("");
            } else if (!after.isEmpty() && !CLOSING_MARKS.matcher(after).matches() && !(column && PrintedTable.isCell(after))) {
                note = (note == null ? "" : note + "; ") + sink.messages().format("communique.text-after-id", after);
            }
        } else if (id != null) {
            values.put(Field.ID_NUMBER, (id.group(1) == null ? "" : id.group(1).toUpperCase() + "-") + id.group(2));
            name = text.substring(0, id.start());
            String after = text.substring(id.end()).trim();
            if (TextFold.isBlank(PUNCTUATION.matcher(name).replaceAll(""))) {
                name = LEADING_PUNCTUATION.matcher(after).replaceAll(""); // the cédula first: "1. V-12.345.678 NOMBRE"
            } else if (!after.isEmpty() && !CLOSING_MARKS.matcher(after).matches() && !(column && PrintedTable.isCell(after))) {
                note = (note == null ? "" : note + "; ") + sink.messages().format("communique.text-after-id", after);
            }
        } else if (label.find()) {
            String rest = label.group(1).trim();
            name = text.substring(0, label.start());
            if (!NationalId.saysNone(rest)) {
                values.put(Field.ID_NUMBER, rest); // not a cédula: the record keeps it and normalising names the problem
            }
        }
        if (!values.containsKey(Field.ID_NUMBER)) {
            name = BARE_NO_ID.matcher(name).replaceFirst(""); // "PEDRO SALAS, S/C": a marker, not part of the name
        }
        name = TRAILING_PUNCTUATION.matcher(name).replaceAll("").trim();
        if (TextFold.isBlank(name) && NationalId.parse(values.get(Field.ID_NUMBER), sink.source().idFormat()).isEmpty()) {
            sink.reject(file, null, line, sink.messages().format("communique.no-name", position), text);
            return;
        }
        if (!values.containsKey(Field.ID_NUMBER) && (headline || SentenceEntries.prose(name))) {
            // "Precio del dólar oficial cierra la semana estable": a page's list of headlines, not of people
            sink.reject(file, null, line, sink.messages().format("communique.prose-entry", position), text);
            return;
        }
        if (TextFold.isBlank(name)) {
            // "4. C.I. V-10.000.004": the government listed that cédula; the entry is its person, as a list row with only a cédula is
            name = "";
            note = (note == null ? "" : note + "; ") + sink.messages().get("communique.id-only");
        }
        values.put(Field.FULL_NAME, name);
        if (kind == sink.source().kind()) {
            sink.accept(file, null, line, position, values);
        } else {
            sink.acceptAs(kind, file, line, position, values, false);
        }
        if (note != null) {
            sink.fieldProblem(new Problem(file + ", line " + line, sink.messages().format("communique.entry-note", position, note), "",
                    Problem.Kind.FIELD));
        }
    }

    List<String> readLines(Path file) {
        macRoman = false;
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new SourceReadException(file + ": the file is " + size / (1024 * 1024) + " MB, more than the " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MB a communiqué could be; check that the source's path points at the communiqué");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceReadException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            boolean mac = MacRoman.likely(bytes);
            macRoman = mac;
            text = new String(bytes, mac ? MacRoman.CHARSET : Charset.forName("windows-1252"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\\r\\n|\\r|\\n", -1))); // CR LF, LF or a lone CR (a classic Mac file)
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // the end of the last line, not a line
        }
        return lines;
    }
}
