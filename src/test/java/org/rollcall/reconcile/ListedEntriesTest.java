package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.SourceKind;
import org.rollcall.ingest.RejectedRow;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;
import org.rollcall.text.Messages;

/**
 * The sentence that explains an announced figure against its lists counts entries, people, repeated
 * entries and entries without a name separately, and they add up (trial 10: "nombra 40 (2 sin
 * nombre)" for 39 people and 1 repeated entry; "(-16 sin nombre)" when the list named more).
 */
class ListedEntriesTest {

    private static int seq;

    private static PersonRecord entry(String name) {
        seq++;
        return new PersonRecord(new Origin("amnistia", SourceKind.ANNOUNCEMENT, seq, String.valueOf(seq), "c.txt", null, seq, null),
                PersonName.parse(name), null, "", null, Detention.NONE, Ruling.NONE, List.of(), Map.of(), Map.of(), List.of());
    }

    /** {@code named} people listed once, one more listed twice, and one listed by cédula only. */
    private static List<Person> people(int named) {
        List<Person> out = new ArrayList<>();
        for (int i = 0; i < named; i++) {
            out.add(new Person("P" + i, List.of(entry("PÉREZ, JOSÉ " + (char) ('A' + i % 26) + i))));
        }
        out.add(new Person("R", List.of(entry("ROJAS, ANA"), entry("ANA ROJAS"))));
        out.add(new Person("C", List.of(entry(""))));
        return out;
    }

    @Test
    void fewerPeopleNamedThanStatedAddUpWithTheRepeatedEntryAndTheNamelessOne() {
        // given 42 stated; 37 people once + 1 twice + 1 by cédula only = 40 entries, 39 people, 1 repeat, 1 without a name
        String s = ListedEntries.explain(42, people(37), List.of(RejectedRow.row("amnistia", "c.txt", null, 12, "sin nombre", "12.-")),
                Messages.of("es"));
        assertThat(s).isEqualTo("el anuncio declara 42 personas; sus listas tienen 40 entradas: 39 personas distintas y 1 entrada repetida"
                + " (una persona ya nombrada) (de las entradas, 1 sin nombre, solo con cédula; aparte, 1 línea de las listas rechazadas);"
                + " 3 de las personas declaradas no están nombradas");
    }

    @Test
    void morePeopleNamedThanStatedIsSaidAsMoreNeverAsANegativeCount() {
        // given 24 stated (digits of "cuarenta y dos"), 42 people named: 40 once + 1 twice + 1 by cédula only
        String s = ListedEntries.explain(24, people(40), List.of(), Messages.of("en"));
        assertThat(s).isEqualTo("the announcement states 24 people; its lists hold 43 entries: 42 different people and 1 repeated entry"
                + " (a person already named) (of the entries, 1 without a name, only a cédula; besides, no line of the lists rejected); they name 18 people more"
                + " than stated").doesNotContain("-");
    }
}
