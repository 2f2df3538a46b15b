package org.rollcall.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldTest {

    @Test
    void foldsAccentsCaseAndPunctuation() {
        assertThat(TextFold.fold("  PÉREZ-González, José Ñ. ")).isEqualTo("perez gonzalez jose n");
    }

    @Test
    void blankAndNullFoldToEmpty() {
        assertThat(TextFold.fold(null)).isEmpty();
        assertThat(TextFold.fold(" .,- ")).isEmpty();
        assertThat(TextFold.isBlank(" -- ")).isTrue();
    }
}
