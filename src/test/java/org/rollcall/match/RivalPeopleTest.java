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

class RivalPeopleTest {

    private static final AtomicInteger SEQ = new AtomicInteger(5_000);

    /** An NGO row and a communiqué entry, neither with a cédula, one full name, one state. */
    private static List<PersonRecord> pairWithoutCedulas() {
        return List.of(record("ngo", "Páez Villarreal, José Luis", null, "Miranda"),
                record("amnistia", "JOSÉ LUIS PÁEZ VILLARREAL", null, "Miranda"));
    }

    /** A second José Luis Páez Villarreal: his full name on a ruling with his cédula, his state on a short NGO row. */
    private static List<PersonRecord> namesakeOverTwoRecords() {
        return List.of(record("tribunales", "José Luis Páez Villarreal", "V-7.581.423", ""),
                record("ngo", "PÁEZ, JOSÉ", "V-7581423", "Miranda"));
    }

    /** Priors by which the NGO list rarely names one person twice (8 times less often than another list names its people). */
    private static final ListPriors NGO_RARELY_REPEATS = new ListPriors(Rules.MODEL.lambda(), Map.of(
            "ngo × ngo", Rules.MODEL.lambda() / 8, "amnistia × ngo", Rules.MODEL.lambda(), "ngo × tribunales", Rules.MODEL.lambda(),
            "amnistia × tribunales", Rules.MODEL.lambda(), "tribunales × tribunales", Rules.MODEL.lambda()));

    private static Linker.Result match(List<PersonRecord> records) {
        return new Linker(Rules.CONFIG).match(records, Rules.MODEL, AnalystLinks.NONE, NGO_RARELY_REPEATS);
    }

    @Test
    void givenTwoRecordsWithoutCedulaAndNoOtherBearerOfTheNameWhenMatchedThenTheyAreOnePerson() {
        List<PersonRecord> pair = pairWithoutCedulas();
        for (List<PersonRecord> records : bothOrders(pair)) {
            int[] c = match(records).linkage().clusterOf();
            assertThat(c[records.indexOf(pair.get(0))]).isEqualTo(c[records.indexOf(pair.get(1))]);
        }
    }

    @Test
    void givenAPersonWhoseNameIsOnOneRecordAndStateOnAnotherWhenTheEntryFitsHimAsWellThenThePairIsSetApartForReview() {
        List<PersonRecord> pair = pairWithoutCedulas();
        List<PersonRecord> all = new ArrayList<>(pair);
        all.addAll(namesakeOverTwoRecords());
        for (List<PersonRecord> records : bothOrders(all)) {
            Linker.Result r = match(records);
            int[] c = r.linkage().clusterOf();
            int ngo = records.indexOf(pair.get(0));
            int entry = records.indexOf(pair.get(1));
            assertThat(c[entry]).as("the entry fits two people: joined to neither").isNotEqualTo(c[ngo])
                    .isNotEqualTo(c[records.indexOf(all.get(2))]);
            assertThat(r.pairs()).as("its pair with the NGO row is for review")
                    .anyMatch(p -> (p.a() == ngo && p.b() == entry || p.a() == entry && p.b() == ngo) && p.outcome() == Outcome.REVIEW);
        }
    }

    @Test
    void givenTheSecondPersonInAnotherStateWhenTheEntryIsMatchedThenThePairStaysOnePerson() {
        List<PersonRecord> pair = pairWithoutCedulas();
        List<PersonRecord> all = new ArrayList<>(pair);
        all.add(record("tribunales", "José Luis Páez Villarreal", "V-7.581.423", ""));
        all.add(record("ngo", "PÁEZ, JOSÉ", "V-7581423", "Zulia"));
        for (List<PersonRecord> records : bothOrders(all)) {
            int[] c = match(records).linkage().clusterOf();
            assertThat(c[records.indexOf(pair.get(1))]).isEqualTo(c[records.indexOf(pair.get(0))]);
        }
    }

    @Test
    void givenAPersonWhoCouldBeBothRecordsOfThePairWhenMatchedThenThePairIsNotSetApart() {
        // two rulings may be one person's: the ruling without cédula and the person's ruling with one are no namesakes
        List<PersonRecord> pair = List.of(record("amnistia", "JUAN GARCÍA HERNÁNDEZ", null, "Miranda"),
                record("tribunales", "Juan García Hernández", null, ""));
        List<PersonRecord> all = new ArrayList<>(pair);
        all.add(record("ngo", "García Hernández, Juan", "V-9689539", "Miranda"));
        all.add(record("tribunales", "Juan García", "V-9.689.539", ""));
        for (List<PersonRecord> records : bothOrders(all)) {
            int[] c = match(records).linkage().clusterOf();
            assertThat(c[records.indexOf(pair.get(1))]).isEqualTo(c[records.indexOf(pair.get(0))]);
        }
    }

    private static List<List<PersonRecord>> bothOrders(List<PersonRecord> records) {
        List<PersonRecord> reversed = new ArrayList<>(records);
        Collections.reverse(reversed);
        return List.of(records, reversed);
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
