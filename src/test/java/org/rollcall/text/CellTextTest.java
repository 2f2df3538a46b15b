package org.rollcall.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void textWithinTheCellLimitIsKeptAsItIs() {
        String text = "x".repeat(CellText.MAX_CELL);
        assertThat(CellText.cut(text)).isSameAs(text);
        assertThat(CellText.cut(null)).isNull();
    }

    @Test
    void longerTextIsCutToTheLimitWithAMarkerSayingHowLongItWas() {
        String text = "a".repeat(100_000);
        String cut = CellText.cut(text);
        assertThat(cut).hasSize(CellText.MAX_CELL).startsWith("aaaa").contains("100000 characters", "full text is in the CSV and JSON");
    }

    @Test
    void cutNeverSplitsACharacterOutsideTheBasicPlane() {
        String text = "😀".repeat(40_000);
        String cut = CellText.cut(text);
        assertThat(cut.length()).isLessThanOrEqualTo(CellText.MAX_CELL);
        String kept = cut.substring(0, cut.indexOf(" …[cut"));
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
    }

    @Test
    void formulaPrefixesAreNeutralisedInCsvCells() {
        for (String bad : new String[] {"=1+1", "+1", "-1", "@ref", "\tx", "\rx"}) {
            assertThat(CellText.forCsv(bad)).isEqualTo("'" + bad);
        }
        assertThat(CellText.forCsv("P000001")).isEqualTo("P000001");
        assertThat(CellText.forCsv(null)).isEmpty();
    }
}
