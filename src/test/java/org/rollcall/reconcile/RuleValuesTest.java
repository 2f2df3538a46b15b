package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.Problem;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;
import org.rollcall.text.Messages;

/** A rule value the data never holds is said when it looks like a slip, never when a law names an offence nobody is charged with. */
class RuleValuesTest {

    private static PersonRecord record(int seq, String military, String offence) {
        return new PersonRecord(new Origin("ngo", SourceKind.NGO_LIST, seq, String.valueOf(seq), "ngo.csv", null, seq, null),
                PersonName.parse("Persona " + seq), null, "", null, new Detention(null, "", offence, null, null), Ruling.NONE, List.of(),
                Map.of(), Map.of("military", military), List.of());
    }

    private static final List<PersonRecord> RECORDS = List.of(record(1, "Civil", "instigación pública / resistencia a la autoridad"),
            record(2, "Militar", "traición a la patria"), record(3, "Civil", "asociación para delinquir, instigación pública"));

    private static List<Problem> problems(Condition c) {
        return RuleValues.problems(new CoverageRules(new Condition.OnKind(SourceKind.ANNOUNCEMENT),
                List.of(new CoverageRules.Rule("r", "r", c))), RECORDS, Messages.of("en"));
    }

    @Test
    void aValueNoRecordHoldsATypoAwayFromOneTheyHoldIsSaid() {
        assertThat(problems(new Condition.Attribute("military", List.of("Militr"), List.of()))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'Militr'").contains("Militar"));
        assertThat(problems(new Condition.Attribute("military", List.of("Reservista"), List.of()))).as("no value near: perhaps written ahead")
                .isEmpty();
        assertThat(problems(new Condition.Attribute("military", List.of("militar", "CIVIL"), List.of()))).isEmpty();
    }

    @Test
    void numbersOfARangeNoRecordHoldsAreNoSlip() {
        // an age list 70..99 against ages 74 and 45: 73 is another age, not a typo of 74
        assertThat(RuleValues.nearest("73", Set.of("74", "45"))).isNull();
        assertThat(RuleValues.nearest("Militr", Set.of("Civil", "Militar"))).isEqualTo("Militar");
    }

    @Test
    void anOffenceATypoAwayFromTheRecordsIsSaidAndOneNobodyIsChargedWithIsNot() {
        assertThat(problems(new Condition.Offence(List.of("xresistencia a la autoridad")))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("resistencia a la autoridad"));
        assertThat(problems(new Condition.AllOf(List.of(new Condition.NoRuling(), new Condition.Offence(List.of("resistencia de la autoridad")))))).hasSize(1);
        assertThat(problems(new Condition.Offence(List.of("homicidio calificado", "Instigacion Publica", "resistencia a la autoridad")))).isEmpty();
    }

    @Test
    void anOffenceTheListMisspellsOneLetterOffIsTheRulesOffenceAndIsSaid() {
        List<PersonRecord> records = List.of(record(1, "Civil", "RESISTENCIA A LA AUTORIDAD, Homicido calificado"),
                record(2, "Civil", "homicidio"), record(3, "Civil", "Homicido"));
        List<Problem> said = RuleValues.problems(new CoverageRules(new Condition.OnKind(SourceKind.ANNOUNCEMENT),
                List.of(new CoverageRules.Rule("r", "r", new Condition.Offence(List.of("homicidio"))))), records, Messages.of("en"));
        assertThat(said).singleElement().satisfies(p -> assertThat(p.message()).contains("'homicido'", "'homicidio'", "2 record(s)"));
        Person p = new Person("P000001", List.of(records.get(0)));
        assertThat(new Condition.Offence(List.of("homicidio")).test(p, Messages.of("en"))).isNotNull()
                .satisfies(e -> assertThat(e.text()).contains("one letter off"));
    }

    @Test
    void oneLetterOffIsTheSameInBothOrdersAndNeverForShortOrOtherWords() {
        String[][] near = {{"homicido", "homicidio"}, {"homicidios", "homicidio"}, {"trafco", "trafico"}, {"secuestro", "secuestros"},
                {"homisidio", "homicidio"}, {"violasion", "violacion"}, {"trafivo", "trafibo"}};
        for (String[] pair : near) {
            assertThat(Words.oneLetterOff(pair[0], pair[1])).as("%s ~ %s", pair[0], pair[1]).isTrue();
            assertThat(Words.oneLetterOff(pair[1], pair[0])).as("%s ~ %s", pair[1], pair[0]).isTrue();
        }
        String[][] far = {{"terrorista", "terrorismo"}, {"violencia", "violacion"}, {"homicida", "homicidio"}, {"homicidio", "homicidio"},
                {"feticidio", "femicidio"}, {"colision", "colusion"}, {"traicion", "traccion"}, {"trafigo", "trafico"}};
        for (String[] pair : far) {
            assertThat(Words.oneLetterOff(pair[0], pair[1])).as("%s ~ %s", pair[0], pair[1]).isFalse();
            assertThat(Words.oneLetterOff(pair[1], pair[0])).as("%s ~ %s", pair[1], pair[0]).isFalse();
        }
        // words under seven letters are met only as written: "droga" is not "drogas" in a text, "robo" not "rob"
        assertThat(Words.nearIn("tráfico de droga", List.of("trafico de drogas"))).isNull();
        assertThat(Words.nearIn("Robo agravado", List.of("rob agravado"))).isNull();
        assertThat(Words.nearIn("TRAFICO ILICITO DE DROGAS", List.of("trafico ilicito de drogas"))).as("found as written: no near one").isNull();
        assertThat(Words.nearIn("trafico ilcito de drogas", List.of("trafico ilicito de drogas"))).isNotNull();
        assertThat(Words.nearIn("Lesiones por colisión de tránsito", List.of("colusión"))).as("a letter changed: another offence").isNull();
        assertThat(Words.nearIn("trafco ilisito de drogas", List.of("trafico ilicito de drogas"))).as("two words off").isNull();
    }

    @Test
    void anOffenceOneLetterChangedIsNotTheRulesOffenceButIsSaid() {
        List<PersonRecord> records = List.of(record(1, "Civil", "Feticidio"), record(2, "Civil", "femicidio"));
        List<Problem> said = RuleValues.problems(new CoverageRules(new Condition.OnKind(SourceKind.ANNOUNCEMENT),
                List.of(new CoverageRules.Rule("r", "r", new Condition.Offence(List.of("femicidio"))))), records, Messages.of("en"));
        assertThat(said).singleElement().satisfies(p -> assertThat(p.message()).contains("'feticidio'", "'femicidio'", "is not read as it"));
        Person p = new Person("P000001", List.of(records.get(0)));
        assertThat(new Condition.Offence(List.of("femicidio")).test(p, Messages.of("en"))).isNull();
    }
}
