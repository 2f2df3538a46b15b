package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;

/**
 * The rules of the detention-centre ({@code place}) and {@code sex} comparisons and of attribute
 * columns compared by any method, one behaviour each, every one asserted in both argument orders
 * (the companion of {@link ComparisonRulesTest}).
 */
class PlaceAndSexComparisonRulesTest {

    private static final PlaceComparison CENTRES = new PlaceComparison("centre", RecordValue.attribute("centre"), true, Map.of());
    private static final SexComparison SEX = new SexComparison("sex", RecordValue.attribute("sex"));

    /** The level's label for two records, the same in both orders; "missing" when either has no value. */
    private static String level(Comparison c, PersonRecord x, PersonRecord y) {
        Object a = c.prepare(x);
        Object b = c.prepare(y);
        if (a == null || b == null) {
            return "missing";
        }
        int ab = c.compare(a, b);
        assertThat(c.compare(b, a)).as("%s in the other order", c.name()).isEqualTo(ab);
        return c.labels().get(ab);
    }

    /** A record whose source carries these attribute columns. */
    private static PersonRecord with(String attribute, String value) {
        return new PersonRecord(new Origin("ngo", SourceKind.NGO_LIST, 1, "1", "ngo.xlsx", "Hoja", 1, null), PersonName.parse("Ana Pérez"),
                null, "", null, Detention.NONE, Ruling.NONE, List.of(), Map.of(), Map.of(attribute, value), null);
    }

    private static PersonRecord centre(String value) {
        return with("centre", value);
    }

    private static PersonRecord sex(String value) {
        return with("sex", value);
    }

    @Test
    void aCentreWrittenWithRomanOrArabicNumeralsIsEqual() {
        assertThat(level(CENTRES, centre("Rodeo I"), centre("Rodeo 1"))).isEqualTo("equal");
    }

    @Test
    void aStateInParenthesesOrAfterACommaIsLeftOut() {
        assertThat(level(CENTRES, centre("Rodeo I (Miranda)"), centre("RODEO I"))).isEqualTo("equal");
        assertThat(level(CENTRES, centre("Rodeo I, Miranda"), centre("Rodeo 1"))).isEqualTo("equal");
    }

    @Test
    void genericPrefixesAndArticlesAreLeftOut() {
        assertThat(level(CENTRES, centre("Centro Penitenciario Rodeo I"), centre("Rodeo I"))).isEqualTo("equal");
        assertThat(level(CENTRES, centre("Internado Judicial de Yare"), centre("Yare"))).isEqualTo("equal");
        assertThat(level(CENTRES, centre("C.P. Tocorón"), centre("Tocorón"))).isEqualTo("equal");
        assertThat(level(CENTRES, centre("El Helicoide"), centre("HELICOIDE"))).isEqualTo("equal");
    }

    @Test
    void centresThatDifferOnlyByTheirNumberAreDifferent() {
        assertThat(level(CENTRES, centre("Rodeo I"), centre("Rodeo II"))).isEqualTo("different");
        assertThat(level(CENTRES, centre("Yare III"), centre("Yare 1"))).isEqualTo("different");
    }

    @Test
    void aTypoOrAWordMoreIsSimilar() {
        assertThat(level(CENTRES, centre("Tocorón"), centre("Tocoron Aragua Penal"))).isEqualTo("similar");
        assertThat(level(CENTRES, centre("El Helicoide"), centre("Helicoyde"))).isEqualTo("similar");
    }

    @Test
    void aCentreGoingByTheOtherNameInParenthesesIsSimilar() {
        assertThat(level(CENTRES, centre("Centro Penitenciario de Aragua (Tocorón)"), centre("Tocoron"))).isEqualTo("similar");
        assertThat(level(CENTRES, centre("Plaza Venezuela (La Tumba)"), centre("La Tumba"))).isEqualTo("similar");
        assertThat(level(CENTRES, centre("Rodeo I (Miranda)"), centre("Yare (Miranda)"))).as("one state, two centres").isEqualTo("different");
    }

    @Test
    void differentCentresAreDifferent() {
        assertThat(level(CENTRES, centre("El Helicoide"), centre("Rodeo I"))).isEqualTo("different");
        assertThat(level(CENTRES, centre("Tocuyito"), centre("Tocorón"))).isEqualTo("different");
    }

    @Test
    void variantsFromTheJobFileAreOneCentre() {
        PlaceComparison withVariants = new PlaceComparison("centre", RecordValue.attribute("centre"), true,
                PlaceComparison.variants(List.of(List.of("La Tumba", "SEBIN Plaza Venezuela"))));
        assertThat(level(withVariants, centre("la tumba"), centre("Sebin - Plaza Venezuela"))).isEqualTo("equal");
        assertThat(level(CENTRES, centre("la tumba"), centre("Sebin - Plaza Venezuela"))).isEqualTo("different");
    }

    @Test
    void agreementOnACentreCountsItsRarity() {
        Object a = CENTRES.prepare(centre("Rodeo I (Miranda)"));
        Object b = CENTRES.prepare(centre("Centro Penitenciario Rodeo 1"));
        assertThat(CENTRES.frequencyValues(a, b, CENTRES.compare(a, b))).containsExactly("rodeo 1");
        assertThat(CENTRES.frequencyValues(b, a, CENTRES.compare(b, a))).containsExactly("rodeo 1");
    }

    @Test
    void theUsualSpellingsOfASexAgree() {
        for (String male : List.of("M", "masculino", "MASC.", "H", "Hombre", "Varón", "male")) {
            assertThat(level(SEX, sex(male), sex("Masculino"))).as(male).isEqualTo("same");
        }
        for (String female : List.of("F", "Femenino", "fem", "MUJER", "Female")) {
            assertThat(level(SEX, sex(female), sex("F"))).as(female).isEqualTo("same");
        }
    }

    @Test
    void aManAndAWomanAreDifferent() {
        assertThat(level(SEX, sex("M"), sex("Femenino"))).isEqualTo("different");
        assertThat(level(SEX, sex("Hombre"), sex("Mujer"))).isEqualTo("different");
    }

    @Test
    void aSexNoSpellingReadsIsMissingNotADisagreement() {
        assertThat(level(SEX, sex("N/D"), sex("M"))).isEqualTo("missing");
        assertThat(level(SEX, sex("?"), sex("F"))).isEqualTo("missing");
    }

    @Test
    void aDisagreeingSexIsNeverFittedRarerThanADataEntrySlip() {
        // given EM found no disagreement among one person's records
        double[] m = {0.9995, 0.0005};
        // when the fit applies the comparison's floor
        ModelTrainer.floor(m, SEX.minimumM());
        // then a mistyped sex costs at most log2(u / 0.01), not a veto
        assertThat(m[1]).isEqualTo(SexComparison.MIN_DIFFERENT_M);
        assertThat(m[0] + m[1]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void anAttributeColumnIsComparedByTheMethodTheJobFileNames() {
        CodeComparison codes = new CodeComparison("military", RecordValue.attribute("military"));
        assertThat(level(codes, with("military", "Militar"), with("military", "MILITAR"))).isEqualTo("equal");
        DateComparison dates = new DateComparison("arrest", RecordValue.attribute("arrest"));
        assertThat(level(dates, with("arrest", "03/08/2024"), with("arrest", "2024-08-03"))).isEqualTo("equal");
        assertThat(level(dates, with("arrest", "03/08/2024"), with("arrest", "08/03/2024"))).isEqualTo("one slip");
        TokenSetComparison words = new TokenSetComparison("occupation", RecordValue.attribute("occupation"), false);
        assertThat(level(words, with("occupation", "Abogado, periodista"), with("occupation", "periodista"))).isEqualTo("the words of one within the other's");
    }

    @Test
    void aRecordWhoseSourceLacksTheAttributeHasNoLevel() {
        PersonRecord none = Records.withFields(Map.of(Field.PLACE, "Rodeo I"));
        assertThat(level(CENTRES, none, centre("Rodeo I"))).isEqualTo("missing");
        assertThat(level(SEX, sex("M"), none)).isEqualTo("missing");
    }
}
