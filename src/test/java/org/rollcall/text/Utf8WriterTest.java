package org.rollcall.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The writer's bytes are those of a buffered UTF-8 OutputStreamWriter, whatever the text and however it is cut into calls. */
class Utf8WriterTest {

    private static byte[] written(List<String> pieces, boolean ours) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = ours ? new Utf8Writer(bytes) : new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            for (int i = 0; i < pieces.size(); i++) {
                String p = pieces.get(i);
                switch (i % 3) {
                    case 0 -> w.write(p);
                    case 1 -> w.write(p.toCharArray(), 0, p.length());
                    default -> p.chars().forEach(c -> {
                        try {
                            w.write(c);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void givenAccentsEmojiAndLoneSurrogatesWhenWrittenThenTheBytesAreTheStandardWritersOwn() throws IOException {
        List<String> pieces = List.of("PÉREZ, JUAN ", "ñandú", "emoji \uD83D", "\uDE00 split across calls", "lone \uD800 high", "\uDC00 low",
            "€ and \u0800\uFFFF", "end high \uD83D", "\uD83D\uDE00 high then a pair", "\uD800", "\uD800", "\uDC00 two highs then a low",
            "end high \uD83D");
        assertThat(written(pieces, true)).isEqualTo(written(pieces, false));
    }

    @Test
    void givenRandomTextsLongerThanTheBufferWhenWrittenThenTheBytesAreTheStandardWritersOwn() throws IOException {
        Random random = new Random(2026);
        for (int run = 0; run < 30; run++) {
            List<String> pieces = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                StringBuilder s = new StringBuilder();
                int length = random.nextInt(120);
                for (int j = 0; j < length; j++) {
                    s.append(switch (random.nextInt(5)) {
                        case 0, 1 -> (char) (' ' + random.nextInt(95));
                        case 2 -> (char) (0xA0 + random.nextInt(0x700));
                        case 3 -> (char) (0xD800 + random.nextInt(0x800));
                        default -> (char) random.nextInt(0x10000);
                    });
                }
                pieces.add(s.toString());
            }
            assertThat(written(pieces, true)).isEqualTo(written(pieces, false));
        }
    }
}
