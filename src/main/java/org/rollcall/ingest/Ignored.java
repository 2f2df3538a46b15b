package org.rollcall.ingest;

import org.rollcall.domain.Keyed;

/** Why a row or line that is neither a record nor a rejected row was left out: it holds no person by its nature. */
public enum Ignored implements Keyed {
    /** A title or note above the header row. */
    TITLE("title"),
    /** The header row itself. */
    HEADER("header"),
    /** A heading over a list or part of a list (a state, a facility). */
    HEADING("heading"),
    /** Running text of a communiqué (its figures are read as claims). */
    PROSE("prose"),
    /** A row or line with nothing in it. */
    BLANK("blank"),
    /** A row stating the list's total (read as a claim). */
    TOTALS("totals"),
    /** A line joined to the list entry above it (a name wrapped onto the next line). */
    CONTINUATION("continuation"),
    /** A page number, running header or footer of a printed document. */
    PAGE_FOOTER("page footer"),
    /**
     * A workbook row whose every written cell is struck through (its font crossed out): a row the
     * list's keepers removed (a duplicate, a mistake) without deleting it. A row with only some
     * cells struck is read as usual; a colour (a grey fill) means nothing to rollcall.
     */
    STRUCK_THROUGH("struck-through"),
    /** A row of a sheet matched by a wildcard {@code sheet} that holds no list (notes, a legend). */
    NOT_A_LIST("not a list");

    private final String key;

    Ignored(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
