package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

/**
 * A record without cédula that two people of the lists could be is linked to neither
 * ({@link NamesakeHoldBack}); each case in both orders of the records.
 */
class NamesakeHoldBackTest {

    private static final AtomicInteger SEQ = new AtomicInteger(8_000);

    /** Each pair of lists shares its people twice as often as two records at random. */
    private static final ListPriors SHARING = new ListPriors(Rules.MODEL.lambda(), Map.of("amnistia × ngo", Rules.MODEL.lambda() * 2,
            "amnistia × tribunales", Rules.MODEL.lambda() * 2, "ngo × tribunales", Rules.MODEL.lambda() * 2));

    private static Linker.Result match(List<PersonRecord> records) {
        return new Linker(Rules.CONFIG).match(records, Rules.MODEL, AnalystLinks.NONE, SHARING);
    }

    @Test
    void givenTheNgoWritingAnotherPersonShortWhenAnEntryWithoutCedulaBearsBothNamesThenItJoinsNeitherAndGoesToReview() {
        PersonRecord full = ngo("Martínez Martínez, Francisco", null, "Zulia", LocalDate.of(2025, 3, 2));
        PersonRecord shortly = ngo("Martínez, Francisco", null, "Bolívar", LocalDate.of(2024, 11, 19));
        PersonRecord entry = other("amnistia", "FRANCISCO MARTÍNEZ MARTÍNEZ", null);
        for (List<PersonRecord> records : orders(full, shortly, entry)) {
            Linker.Result r = match(records);
            int[] c = r.linkage().clusterOf();
            assertThat(c[records.indexOf(entry)]).isNotIn(c[records.indexOf(full)], c[records.indexOf(shortly)]);
            assertThat(r.pairs()).as("the pair with the full name is for a person to decide")
                    .anyMatch(p -> p.outcome() == Outcome.REVIEW && Notes.NAMESAKE.equals(p.note())
                            && records.get(p.a()) != shortly && records.get(p.b()) != shortly);
        }
    }

    @Test
    void givenNoOtherBearerOfTheNameWhenMatchedThenTheEntryJoinsTheFullName() {
        PersonRecord full = ngo("Martínez Martínez, Francisco", null, "Zulia", LocalDate.of(2025, 3, 2));
        PersonRecord unrelated = ngo("Rondón, Francisco", null, "Bolívar", LocalDate.of(2024, 11, 19));
        PersonRecord entry = other("amnistia", "FRANCISCO MARTÍNEZ MARTÍNEZ", null);
        for (List<PersonRecord> records : orders(full, unrelated, entry)) {
            int[] c = match(records).linkage().clusterOf();
            assertThat(c[records.indexOf(entry)]).isEqualTo(c[records.indexOf(full)]);
        }
    }

    @Test
    void givenAShortNamesakeWithACedulaWhenARulingWithoutCedulaBearsBothNamesThenItJoinsNeither() {
        PersonRecord full = ngo("Vargas Peña, Ángeles", null, "Lara", LocalDate.of(2025, 5, 10));
        PersonRecord shortly = ngo("Vargas, Ángeles", "V-31.025.946", "Mérida", LocalDate.of(2025, 1, 8));
        PersonRecord ruling = other("tribunales", "VARGAS PEÑA, ÁNGELES", null);
        for (List<PersonRecord> records : orders(full, shortly, ruling)) {
            int[] c = match(records).linkage().clusterOf();
            assertThat(c[records.indexOf(ruling)]).isNotIn(c[records.indexOf(full)], c[records.indexOf(shortly)]);
        }
    }

    @Test
    void givenAShortRecordThatCouldBeTheFullPersonTooWhenMatchedThenTheThreeMayBeOneAndTheEntryJoins() {
        // the ruling without cédula "REYNA SANTOS, IGNECIO" is kept apart by nothing from the person it would rival
        PersonRecord ngoRow = ngo("REYNA SANTOS, IGNACIO", null, "", null);
        PersonRecord ruled = other("tribunales", "REYNA SANTOS, IGNACIO", "15877005");
        PersonRecord typo = other("tribunales", "REYNA SANTOS, IGNECIO", null);
        for (List<PersonRecord> records : orders(ngoRow, ruled, typo)) {
            int[] c = match(records).linkage().clusterOf();
            assertThat(c[records.indexOf(ngoRow)]).isEqualTo(c[records.indexOf(ruled)]);
        }
    }

    @Test
    void givenTheEntryAgreeingWithTheFullPersonOnAnotherFieldWhenMatchedThenItIsNotHeldBack() {
        PersonRecord full = ngo("Martínez Martínez, Francisco", null, "Zulia", LocalDate.of(2025, 3, 2));
        PersonRecord shortly = ngo("Martínez, Francisco", null, "Bolívar", LocalDate.of(2024, 11, 19));
        PersonRecord entry = ngo("FRANCISCO MARTÍNEZ MARTÍNEZ", null, "Zulia", LocalDate.of(2025, 3, 2));
        for (List<PersonRecord> records : orders(full, shortly, entry)) {
            int[] c = match(records).linkage().clusterOf();
            assertThat(c[records.indexOf(entry)]).isEqualTo(c[records.indexOf(full)]).isNotEqualTo(c[records.indexOf(shortly)]);
        }
    }

    @Test
    void givenTheStateOfThePersonAgainstTheFullNameAndForAShortNamesakeWhenMatchedThenTheFullNameJoinsNeither() {
        // the communiqué's entry and a ruling carry one cédula; the NGO writes the same name in full in another state, and
        // short in the entry's state: which row is that person nothing but the state says, and it says the short one
        PersonRecord entry = record("amnistia", SourceKind.ANNOUNCEMENT, "ANSELMO URDANETA BRICEÑO", "V-9.406.117", "Apure", null);
        PersonRecord ruling = other("tribunales", "Anselmo Urdaneta Briceño", "9406117");
        PersonRecord full = ngo("URDANETA BRICEÑO ANSELMO", null, "Falcón", LocalDate.of(2025, 2, 7));
        PersonRecord shortly = ngo("URDANETA ANSELMO", null, "Apure", LocalDate.of(2024, 9, 23));
        for (List<PersonRecord> records : orders(entry, ruling, full, shortly)) {
            int[] c = match(records).linkage().clusterOf();
            assertThat(c[records.indexOf(entry)]).isEqualTo(c[records.indexOf(ruling)]).isNotEqualTo(c[records.indexOf(full)]);
        }
        // without the short namesake nothing rivals the full name: it joins, the state notwithstanding
        for (List<PersonRecord> records : orders(entry, ruling, full)) {
            int[] c = match(records).linkage().clusterOf();
            assertThat(c[records.indexOf(full)]).isEqualTo(c[records.indexOf(ruling)]);
        }
    }

    private static List<List<PersonRecord>> orders(PersonRecord... records) {
        List<PersonRecord> forward = List.of(records);
        List<PersonRecord> reversed = new ArrayList<>(forward);
        Collections.reverse(reversed);
        return List.of(forward, reversed);
    }

    private static PersonRecord ngo(String name, String id, String place, LocalDate detained) {
        return record("ngo", SourceKind.NGO_LIST, name, id, place, detained);
    }

    private static PersonRecord other(String list, String name, String id) {
        return record(list, list.equals("amnistia") ? SourceKind.ANNOUNCEMENT : SourceKind.COURT_RULINGS, name, id, "", null);
    }

    private static PersonRecord record(String list, SourceKind kind, String name, String id, String place, LocalDate detained) {
        int seq = SEQ.incrementAndGet();
        Map<Field, String> fields = new EnumMap<>(Field.class);
        if (!place.isEmpty()) {
            fields.put(Field.PLACE, place);
        }
        return new PersonRecord(new Origin(list, kind, seq, String.valueOf(seq), list + ".xlsx", "Hoja", seq, null),
                PersonName.parse(name), id == null ? null : NationalId.parse(id).orElseThrow(), id == null ? "" : id, null,
                new Detention(detained, place, "", null, null), Ruling.NONE, List.of(), fields, null, null);
    }
}
