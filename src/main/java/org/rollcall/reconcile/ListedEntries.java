package org.rollcall.reconcile;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rollcall.domain.SourceKind;
import org.rollcall.ingest.RejectedRow;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;

/**
 * Why an announcement's stated figure and its lists differ, in counts that add up: the entries
 * read are the different people plus the entries repeating one of them; of the entries, those
 * without a name (only a cédula) are said apart; lines of the list that could not be read are
 * rejected, not entries; and the people named are compared with the people stated.
 */
final class ListedEntries {

    private ListedEntries() {
    }

    /** "the announcement states 42 people; its lists hold 40 entries: 39 different people and 1 entry repeating one of them …". */
    static String explain(long announced, List<Person> people, List<RejectedRow> rejected, Messages m) {
        long entries = 0;
        long persons = 0;
        long nameless = 0;
        for (Person p : people) {
            List<PersonRecord> own = p.recordsOf(SourceKind.ANNOUNCEMENT);
            if (!own.isEmpty()) {
                persons++;
                entries += own.size();
                nameless += own.stream().filter(r -> r.name().display().isBlank()).count();
            }
        }
        Set<String> sources = people.stream().flatMap(p -> p.recordsOf(SourceKind.ANNOUNCEMENT).stream()).map(PersonRecord::sourceId)
                .collect(Collectors.toSet());
        long lines = rejected.stream().filter(r -> r.row() > 0 && sources.contains(r.sourceId())).count();
        String gap = persons == announced ? m.get("claim.listed-as-stated")
                : persons < announced ? m.format("claim.listed-fewer", String.valueOf(announced - persons))
                : m.format("claim.listed-more", String.valueOf(persons - announced));
        // counts as numbers ("1 entrada", "3 entradas"), written without the language's grouping as every figure of this list is
        return m.format("claim.announced-vs-listed", String.valueOf(announced), entries, persons, entries - persons, nameless, lines, gap);
    }
}
