package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;
import org.rollcall.text.NationalId;

/** The only bearer of a name that the other fields do not set apart ({@link PersonEvidence}). */
class NamesakeSetApartTest {

    private static final AtomicInteger SEQ = new AtomicInteger(7_000);

    /** Each pair of lists shares its people twice as often as two records at random. */
    private static final ListPriors SHARING = new ListPriors(Rules.MODEL.lambda(), Map.of("amnistia × ngo", Rules.MODEL.lambda() * 2,
            "amnistia × tribunales", Rules.MODEL.lambda() * 2, "ngo × tribunales", Rules.MODEL.lambda() * 2));

    private static int[] clusters(List<PersonRecord> records) {
        return new Linker(Rules.CONFIG).match(records, Rules.MODEL, AnalystLinks.NONE, SHARING).linkage().clusterOf();
    }

    private static PersonRecord entry(String state) {
        return record("amnistia", "GERMÁN JOSÉ OCANDO", null, state);
    }

    @Test
    void givenTwoBearersOfTheNameInTwoStatesWhenAnEntryWithoutCedulaNamesOneStateThenItJoinsTheBearerDetainedThere() {
        PersonRecord there = record("ngo", "Ocando Bracho, Germán José", "V-14.855.724", "Bolívar");
        PersonRecord elsewhere = record("ngo", "Ocando Urdaneta, Germán José", "V-20.111.298", "Zulia");
        PersonRecord entry = entry("Bolívar");
        for (List<PersonRecord> records : orders(there, elsewhere, entry)) {
            int[] c = clusters(records);
            assertThat(c[records.indexOf(entry)]).isEqualTo(c[records.indexOf(there)]).isNotEqualTo(c[records.indexOf(elsewhere)]);
        }
    }

    @Test
    void givenTwoBearersOfTheNameInTheEntrysStateWhenMatchedThenItJoinsNeither() {
        PersonRecord one = record("ngo", "Ocando Bracho, Germán José", "V-14.855.724", "Bolívar");
        PersonRecord other = record("ngo", "Ocando Urdaneta, Germán José", "V-20.111.298", "Bolívar");
        PersonRecord entry = entry("Bolívar");
        for (List<PersonRecord> records : orders(one, other, entry)) {
            int[] c = clusters(records);
            assertThat(c[records.indexOf(entry)]).isNotIn(c[records.indexOf(one)], c[records.indexOf(other)]);
        }
    }

    @Test
    void givenASecondBearerWithoutAStateWhenMatchedThenNothingSetsHimApartAndTheEntryJoinsNeither() {
        PersonRecord one = record("ngo", "Ocando Bracho, Germán", "V-14.855.724", "Bolívar");
        PersonRecord other = record("tribunales", "OCANDO URDANETA, GERMÁN", "V-20.111.298", "");
        PersonRecord entry = record("amnistia", "GERMÁN OCANDO", null, "Bolívar");
        for (List<PersonRecord> records : orders(one, other, entry)) {
            int[] c = clusters(records);
            assertThat(c[records.indexOf(entry)]).isNotIn(c[records.indexOf(one)], c[records.indexOf(other)]);
        }
    }

    @Test
    void givenAnEntryOfTwoWordsWhenTheOtherBearerIsDetainedElsewhereThenNothingSetsHimApartAndTheEntryJoinsNeither() {
        // two words fit too many people, some out of sight (a typo), to rule them out one by one
        PersonRecord there = record("ngo", "Ocando Bracho, Germán José", "V-14.855.724", "Bolívar");
        PersonRecord elsewhere = record("ngo", "Ocando Urdaneta, Germán José", "V-20.111.298", "Zulia");
        PersonRecord entry = record("amnistia", "GERMÁN OCANDO", null, "Bolívar");
        for (List<PersonRecord> records : orders(there, elsewhere, entry)) {
            int[] c = clusters(records);
            assertThat(c[records.indexOf(entry)]).isNotIn(c[records.indexOf(there)], c[records.indexOf(elsewhere)]);
        }
    }

    private static List<List<PersonRecord>> orders(PersonRecord... records) {
        List<PersonRecord> forward = List.of(records);
        List<PersonRecord> reversed = new ArrayList<>(forward);
        Collections.reverse(reversed);
        return List.of(forward, reversed);
    }

    private static PersonRecord record(String list, String name, String id, String place) {
        int seq = SEQ.incrementAndGet();
        Map<Field, String> fields = new EnumMap<>(Field.class);
        if (!place.isEmpty()) {
            fields.put(Field.PLACE, place);
        }
        return new PersonRecord(new Origin(list, SourceKind.NGO_LIST, seq, String.valueOf(seq), list + ".xlsx", "Hoja", seq, null),
                PersonName.parse(name), id == null ? null : NationalId.parse(id).orElseThrow(), id == null ? "" : id, null,
                new Detention(null, place, "", null, null), Ruling.NONE, List.of(), fields, null, null);
    }
}
