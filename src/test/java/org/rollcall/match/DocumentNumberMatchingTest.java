package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.IdFormat;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;
import org.rollcall.text.NationalId;

/** Document numbers read under id-format: any in the matcher: blocking, the comparison's levels and the different-IDs rule, both orders. */
class DocumentNumberMatchingTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private static PersonRecord person(String name, String number) {
        int seq = SEQ.incrementAndGet();
        return new PersonRecord(new Origin("test", SourceKind.NGO_LIST, seq, String.valueOf(seq), "test.csv", null, seq, null),
                PersonName.parse(name), NationalId.parse(number, IdFormat.ANY).orElseThrow(), number, null, Detention.NONE, Ruling.NONE, List.of(),
                Map.of(), null, null);
    }

    private static boolean conflict(PersonRecord a, PersonRecord b) {
        boolean ab = Constraints.DEFAULTS.conflict(a, b, null, null);
        assertThat(Constraints.DEFAULTS.conflict(b, a, null, null)).as("the same answer in the other order").isEqualTo(ab);
        return ab;
    }

    private static int level(PersonRecord a, PersonRecord b) {
        IdComparison c = new IdComparison("id-number");
        int ab = c.compare(c.prepare(a), c.prepare(b));
        assertThat(c.compare(c.prepare(b), c.prepare(a))).as("the same level in the other order").isEqualTo(ab);
        return ab;
    }

    @Test
    void namesakesWithDifferentNicaraguanCedulasCannotBeOnePerson() {
        PersonRecord a = person("José Ángel Pérez López", "001-150385-0012K");
        PersonRecord b = person("José Ángel Pérez López", "281-070667-9176N");
        assertThat(conflict(a, b)).isTrue();
        assertThat(level(a, b)).isEqualTo(IdComparison.DIFFERENT);
    }

    @Test
    void twinsWhoseNumbersDifferByTheLastDigitAndItsCheckLetterCannotBeOnePerson() {
        assertThat(conflict(person("Jefferson Hernández Zamora", "281-231202-2375U"), person("Elvin Hernández Zamora", "281-231202-2376Z"))).isTrue();
    }

    @Test
    void oneNumberWrittenWithOrWithoutSeparatorsIsEqual() {
        PersonRecord a = person("Ruth Tzul Caal", "401-161190-8811L");
        PersonRecord b = person("RUTH TZUL CAAL", "4011611908811l");
        assertThat(conflict(a, b)).isFalse();
        assertThat(level(a, b)).isEqualTo(IdComparison.EQUAL);
    }

    @Test
    void aNumberOneCharacterOffIsATypoNotAConflict() {
        PersonRecord a = person("Ruth Tzul Caal", "401-161190-8811L");
        PersonRecord b = person("Ruth Tzul Caal", "401-161190-8811M");
        assertThat(conflict(a, b)).isFalse();
        assertThat(level(a, b)).isEqualTo(IdComparison.ONE_TYPO);
    }

    @Test
    void blockingOnTheIdNumberPairsOneDocumentWrittenTwoWays() {
        List<PersonRecord> records = List.of(person("Ruth Tzul Caal", "401-161190-8811L"), person("Ana Mora", "Pasaporte C01234567"),
                person("R. Tzul", "4011611908811L"));
        Blocker.Result r = Blocker.block(records, List.of(BlockingRule.parse("id-number")), 400);
        assertThat(r.pairsByRule()).containsEntry("id-number", 1L);
    }
}
