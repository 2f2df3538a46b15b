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

class PersonEvidenceTest {

    private static final AtomicInteger SEQ = new AtomicInteger(1_000);

    /** One person's two records, each agreeing with the short name on a different field. */
    private static List<PersonRecord> person(String cedula, LocalDate born) {
        return List.of(record("ngo", "Espinoza Rojas, Daniel José", cedula, born, "Rodeo I", ""),
                record("tribunales", "DANIEL JOSÉ ESPINOZA ROJAS", cedula, null, "", "traición a la patria"));
    }

    private static PersonRecord shortName(LocalDate born) {
        return record("amnistia", "DANIEL ESPINOSA", null, born, "Rodeo I", "traición a la patria");
    }

    @Test
    void givenARecordAgreeingWithEachOfAPersonsRecordsOnADifferentFieldWhenMatchedThenItJoinsThePerson() {
        List<PersonRecord> person = person("V-20674964", null);
        PersonRecord alone = shortName(null);
        for (List<PersonRecord> records : bothOrders(person, alone)) {
            int[] c = new Linker(Rules.CONFIG).match(records, Rules.MODEL).linkage().clusterOf();
            int at = records.indexOf(alone);
            assertThat(Rules.outcome(alone, person.get(0))).as("with one record alone: not linked").isNotEqualTo(Outcome.MATCH);
            assertThat(Rules.outcome(alone, person.get(1))).as("with the other alone: not linked").isNotEqualTo(Outcome.MATCH);
            assertThat(c[at]).as("with the person as a whole: linked").isEqualTo(c[records.indexOf(person.get(0))])
                    .isEqualTo(c[records.indexOf(person.get(1))]);
        }
    }

    @Test
    void givenTwoPeopleWithTheSameEvidenceWhenARecordWithoutCedulaFitsBothThenItJoinsNeither() {
        List<PersonRecord> one = person("V-20674964", null);
        List<PersonRecord> namesake = person("V-11222333", null);
        PersonRecord alone = shortName(null);
        List<PersonRecord> both = new ArrayList<>(one);
        both.addAll(namesake);
        for (List<PersonRecord> records : bothOrders(both, alone)) {
            int[] c = new Linker(Rules.CONFIG).match(records, Rules.MODEL).linkage().clusterOf();
            int at = records.indexOf(alone);
            assertThat(c[at]).isNotIn(c[records.indexOf(one.get(0))], c[records.indexOf(namesake.get(0))]);
        }
    }

    @Test
    void givenABirthDateThatRulesThePersonOutWhenMatchedThenTheRecordStaysApart() {
        List<PersonRecord> person = person("V-20674964", LocalDate.of(1970, 1, 5));
        PersonRecord alone = shortName(LocalDate.of(1991, 6, 20));
        for (List<PersonRecord> records : bothOrders(person, alone)) {
            int[] c = new Linker(Rules.CONFIG).match(records, Rules.MODEL).linkage().clusterOf();
            assertThat(c[records.indexOf(alone)]).isNotEqualTo(c[records.indexOf(person.get(0))]);
        }
    }

    @Test
    void givenAPersonsRecordsInEitherOrderWhenWeighedThenEachFieldCountsItsBestAgreementOnce() {
        List<PersonRecord> person = person("V-20674964", null);
        PersonRecord alone = shortName(null);
        List<PersonRecord> records = List.of(person.get(0), person.get(1), alone);
        double whole = combined(records, List.of(2), List.of(0, 1));
        assertThat(whole).isEqualTo(combined(records, List.of(2), List.of(1, 0)));
        assertThat(whole).isGreaterThan(Rules.weight(alone, person.get(0))).isGreaterThan(Rules.weight(alone, person.get(1)));
        assertThat(whole).isLessThan(Rules.weight(alone, person.get(0)) + Rules.weight(alone, person.get(1)) - Rules.MODEL.priorWeight());
    }

    /** A ruling with nothing but a short name, and one person's two records with the full name and a cédula. */
    private static List<PersonRecord> islas(String cedula) {
        return List.of(record("ngo", "Islas Ocampo, Ricardo Jesús", cedula, null, "", ""),
                record("amnistia", "Ricardo Jesús Islas Ocampo", cedula, null, "", ""));
    }

    /** Priors by which each pair of these lists shares its people twice as often as two records at random. */
    private static ListPriors listsSharingTheirPeople() {
        double lambda = Rules.MODEL.lambda();
        return new ListPriors(lambda, Map.of("amnistia × ngo", lambda * 2, "ngo × tribunales", lambda * 2,
                "amnistia × tribunales", lambda * 2));
    }

    private static int[] clusters(List<PersonRecord> records, ListPriors priors) {
        return new Linker(Rules.CONFIG).match(records, Rules.MODEL, AnalystLinks.NONE, priors).linkage().clusterOf();
    }

    @Test
    void givenTheOnlyPersonInTheListsWhoseNameAgreesWhenARecordWithoutCedulaHasNothingButItsNameThenItJoinsThatPerson() {
        List<PersonRecord> person = islas("V-4399129");
        PersonRecord alone = record("tribunales", "RICARDO ISLAS", null, null, "", "");
        for (List<PersonRecord> records : bothOrders(person, alone)) {
            Linker.Result r = new Linker(Rules.CONFIG).match(records, Rules.MODEL, AnalystLinks.NONE, listsSharingTheirPeople());
            int[] c = r.linkage().clusterOf();
            int at = records.indexOf(alone);
            assertThat(r.pairs()).as("no pair of it is a match on its own").noneMatch(p -> (p.a() == at || p.b() == at) && p.outcome() == Outcome.MATCH);
            assertThat(c[at]).as("the one bearer of the name: joined").isEqualTo(c[records.indexOf(person.get(0))])
                    .isEqualTo(c[records.indexOf(person.get(1))]);
        }
    }

    /** The sample's model for lists 32 times as long: every pair 5 bits lower, a name alone below the review threshold. */
    private static final MatchModel SPARSE = new MatchModel(Rules.MODEL.comparisons(), Rules.MODEL.m(), Rules.MODEL.u(),
            Rules.MODEL.lambda() / 32, Rules.MODEL.frequencies(), Rules.MODEL.frequencyWeight(), Rules.MODEL.fit());

    private static Linker.Result sparse(List<PersonRecord> records) {
        double lambda = SPARSE.lambda();
        ListPriors sharing = new ListPriors(lambda, Map.of("amnistia × ngo", lambda * 2, "ngo × tribunales", lambda * 2,
                "amnistia × tribunales", lambda * 2));
        return new Linker(Rules.CONFIG).match(records, SPARSE, AnalystLinks.NONE, sharing);
    }

    @Test
    void givenTheOnlyBearerWhenANameOfThreeWordsWeighsBelowTheReviewThresholdThenItJoinsWithAnExplainedRow() {
        List<PersonRecord> person = List.of(record("ngo", "Juárez Anaya, José Luis", "V-25786785", null, "", ""),
                record("tribunales", "JUÁREZ ANAYA, JOSÉ LUIS", "V-25786785", null, "", ""));
        PersonRecord alone = record("tribunales", "JOSÉ LUIS JUÁREZ", null, null, "", "");
        for (List<PersonRecord> records : bothOrders(person, alone)) {
            int at = records.indexOf(alone);
            Linker.Result r = sparse(records);
            int[] c = r.linkage().clusterOf();
            assertThat(c[at]).as("the one bearer of the name: joined").isEqualTo(c[records.indexOf(person.get(0))]);
            assertThat(r.pairs()).as("each joined pair listed with why").filteredOn(p -> p.a() == at || p.b() == at).isNotEmpty()
                    .allSatisfy(p -> {
                        assertThat(p.probability()).as("below the review threshold on its own").isLessThan(Rules.CONFIG.reviewThreshold());
                        assertThat(p.outcome()).isEqualTo(Outcome.JOINED);
                        assertThat(p.note()).isEqualTo(Notes.PERSON_EVIDENCE);
                    });
        }
    }

    @Test
    void givenTheOnlyBearerWhenANameOfTwoWordsWeighsBelowTheReviewThresholdThenItStaysApart() {
        // "Benito Hernández" may as well be a person on no other list: two words are too common to tell
        List<PersonRecord> person = List.of(record("amnistia", "BENITO JULIO HERNÁNDEZ GUILLÉN", "V-27356190", null, "", ""),
                record("tribunales", "HERNÁNDEZ GUILLÉN, BENITO JULIO", "V-27356190", null, "", ""));
        PersonRecord alone = record("ngo", "HERNÁNDEZ, BENITO", null, null, "", "");
        for (List<PersonRecord> records : bothOrders(person, alone)) {
            int[] c = sparse(records).linkage().clusterOf();
            assertThat(c[records.indexOf(alone)]).isNotEqualTo(c[records.indexOf(person.get(0))]);
        }
    }

    @Test
    void givenASecondPersonWhoseNameAlsoAgreesWhenARecordWithoutCedulaHasNothingButItsNameThenItJoinsNeither() {
        List<PersonRecord> one = islas("V-4399129");
        List<PersonRecord> namesake = List.of(record("ngo", "Islas Pérez, Ricardo", "V-15222333", null, "", ""),
                record("amnistia", "Ricardo Islas Pérez", "V-15222333", null, "", ""));
        PersonRecord alone = record("tribunales", "RICARDO ISLAS", null, null, "", "");
        List<PersonRecord> both = new ArrayList<>(one);
        both.addAll(namesake);
        for (List<PersonRecord> records : bothOrders(both, alone)) {
            int[] c = clusters(records, listsSharingTheirPeople());
            assertThat(c[records.indexOf(alone)]).isNotIn(c[records.indexOf(one.get(0))], c[records.indexOf(namesake.get(0))]);
        }
    }

    @Test
    void givenListsNotKnownToShareTheirPeopleWhenARecordWithoutCedulaHasNothingButItsNameThenItStaysForReview() {
        List<PersonRecord> person = islas("V-4399129");
        PersonRecord alone = record("tribunales", "RICARDO ISLAS", null, null, "", "");
        for (List<PersonRecord> records : bothOrders(person, alone)) {
            int[] c = clusters(records, ListPriors.none(Rules.MODEL.lambda()));
            assertThat(c[records.indexOf(alone)]).isNotEqualTo(c[records.indexOf(person.get(0))]);
        }
    }

    @Test
    void givenTheOnlyBearerOfTheNameOnTheSameListWhenARecordWithoutCedulaDisagreesOnAnotherFieldThenItStaysApart() {
        // two rows of one NGO list, one without cédula and held elsewhere: the list's only bearer of the name is not enough
        List<PersonRecord> person = List.of(record("ngo", "Islas Ocampo, Ricardo Jesús", "V-4399129", null, "Rodeo I", ""),
                record("amnistia", "Ricardo Jesús Islas Ocampo", "V-4399129", null, "", ""));
        PersonRecord alone = record("ngo", "RICARDO ISLAS", null, null, "Tocorón", "");
        for (List<PersonRecord> records : bothOrders(person, alone)) {
            int[] c = clusters(records, listsSharingTheirPeople());
            assertThat(c[records.indexOf(alone)]).isNotEqualTo(c[records.indexOf(person.get(0))]);
        }
    }

    /** José Luis Gómez Chávez, with his cédula on the NGO list and the communiqué. */
    private static List<PersonRecord> gomezChavez() {
        return List.of(record("ngo", "Gómez Chávez, José Luis", "V-30482108", null, "", ""),
                record("amnistia", "José Luis Gómez Chávez", "V-30482108", null, "", ""));
    }

    @Test
    void givenAnotherPersonWhoseFullerRecordNamesThemOtherwiseWhenARulingHasAShortNameThenItJoinsTheOneBearer() {
        List<PersonRecord> person = gomezChavez();
        // "GÓMEZ, JOSÉ" agrees with the ruling, but the same person's other record reads José Ángel Gómez Luna
        List<PersonRecord> other = List.of(record("ngo", "GÓMEZ, JOSÉ", "V-13536889", null, "", ""),
                record("tribunales", "GÓMEZ LUNA, JOSÉ ANGEL", "V-13536889", null, "", ""));
        PersonRecord alone = record("tribunales", "GÓMEZ, JOSÉ LUIS", null, null, "", "");
        List<PersonRecord> both = new ArrayList<>(person);
        both.addAll(other);
        for (List<PersonRecord> records : bothOrders(both, alone)) {
            int[] c = clusters(records, listsSharingTheirPeople());
            assertThat(c[records.indexOf(alone)]).isEqualTo(c[records.indexOf(person.get(0))]).isNotEqualTo(c[records.indexOf(other.get(0))]);
        }
    }

    @Test
    void givenAnotherPersonWhoseRecordsAllBearTheShortNameWhenARulingHasItThenItJoinsNeither() {
        List<PersonRecord> person = gomezChavez();
        List<PersonRecord> namesake = List.of(record("ngo", "GÓMEZ, JOSÉ", "V-13536889", null, "", ""),
                record("tribunales", "GÓMEZ LUNA, JOSÉ LUIS", "V-13536889", null, "", ""));
        PersonRecord alone = record("tribunales", "GÓMEZ, JOSÉ LUIS", null, null, "", "");
        List<PersonRecord> both = new ArrayList<>(person);
        both.addAll(namesake);
        for (List<PersonRecord> records : bothOrders(both, alone)) {
            int[] c = clusters(records, listsSharingTheirPeople());
            assertThat(c[records.indexOf(alone)]).isNotIn(c[records.indexOf(person.get(0))], c[records.indexOf(namesake.get(0))]);
        }
    }

    /** The records with the lone one last, and reversed with it first. */
    private static List<List<PersonRecord>> bothOrders(List<PersonRecord> people, PersonRecord alone) {
        List<PersonRecord> last = new ArrayList<>(people);
        last.add(alone);
        List<PersonRecord> first = new ArrayList<>(last);
        Collections.reverse(first);
        return List.of(last, first);
    }

    private static double combined(List<PersonRecord> rs, List<Integer> group, List<Integer> person) {
        PersonEvidence e = new PersonEvidence(Rules.CONFIG, Rules.MODEL, ListPriors.none(Rules.MODEL.lambda()), rs);
        Object[][] prepared = new Object[rs.size()][];
        for (int i = 0; i < rs.size(); i++) {
            PersonRecord x = rs.get(i);
            prepared[i] = Rules.CONFIG.comparisons().stream().map(c -> c.prepare(x)).toArray();
        }
        return e.weight(rs, prepared, group, person);
    }

    private static Map<Field, String> fields(String place, String offence) {
        Map<Field, String> out = new EnumMap<>(Field.class);
        if (!place.isEmpty()) {
            out.put(Field.PLACE, place);
        }
        if (!offence.isEmpty()) {
            out.put(Field.OFFENCE, offence);
        }
        return out;
    }

    private static PersonRecord record(String list, String name, String id, LocalDate born, String place, String offence) {
        int seq = SEQ.incrementAndGet();
        return new PersonRecord(new Origin(list, SourceKind.NGO_LIST, seq, String.valueOf(seq), list + ".xlsx", "Hoja", seq, null),
                PersonName.parse(name), id == null ? null : NationalId.parse(id).orElseThrow(), id == null ? "" : id, born,
                new Detention(null, place, offence, null, null), Ruling.NONE, List.of(), fields(place, offence), null, null);
    }
}
