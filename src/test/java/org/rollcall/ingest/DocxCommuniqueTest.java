package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.rollcall.domain.Field;

/** A communiqué published as a Word document: prose with the figure, a list Word numbers itself, a table. */
class DocxCommuniqueTest {

    @TempDir
    Path dir;

    private static BigInteger decimalNumbering(XWPFDocument doc) {
        return numbering(doc, STNumberFormat.DECIMAL, 0);
    }

    private static BigInteger numbering(XWPFDocument doc, STNumberFormat.Enum format, int id) {
        XWPFNumbering numbering = doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(format == STNumberFormat.BULLET ? "•" : "%1.");
        lvl.addNewStart().setVal(BigInteger.ONE);
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
    }

    private IngestSink read(Path file) {
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), DocumentText.docx(file), "c.docx", sink);
        return sink;
    }

    @Test
    void anAutomaticallyNumberedListAndATableGiveEveryEntryAndTheFigure() throws Exception {
        Path file = dir.resolve("c.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("COMUNICADO OFICIAL");
            doc.createParagraph().createRun().setText("Se otorgó la amnistía a 4 ciudadanos, a saber:");
            BigInteger bullets = numbering(doc, STNumberFormat.BULLET, 1);
            XWPFParagraph note = doc.createParagraph();
            note.setNumID(bullets);
            note.createRun().setText("Listado conforme a la Ley de Amnistía");
            BigInteger num = decimalNumbering(doc);
            for (String entry : new String[] {"ARAUJO BRICEÑO, YOSMAR JOSÉ, C.I. V-17.222.333", "DE LA CRUZ, ANA ISABEL, S/C"}) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(num);
                p.createRun().setText(entry);
            }
            doc.createParagraph().createRun().setText("Región Zuliana:");
            XWPFTable t = doc.createTable(3, 3);
            String[][] cells = {{"N°", "Apellidos y nombres", "Cédula"}, {"3", "MONTILLA, JOSÉ DANIEL", "V-9.111.222"},
                {"4", "RONDÓN DE SALAS, CARMEN", "11.333.444"}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    t.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }

        IngestSink sink = read(file);

        assertThat(sink.records()).extracting(r -> r.recordRef() + " " + r.value(Field.FULL_NAME) + " " + r.value(Field.ID_NUMBER))
                .containsExactly("1 ARAUJO BRICEÑO, YOSMAR JOSÉ V-17.222.333", "2 DE LA CRUZ, ANA ISABEL ",
                        "3 MONTILLA, JOSÉ DANIEL V-9.111.222", "4 RONDÓN DE SALAS, CARMEN 11.333.444");
        assertThat(sink.claims()).extracting(Claim::value).contains(4L);
        SourceAccount a = sink.account("c.docx");
        assertThat(a.read()).isEqualTo(a.records() + a.rejected() + a.ignoredTotal());
    }

    @Test
    void aFileThatIsNoWordDocumentSaysWhatToDo() throws Exception {
        Path file = dir.resolve("c.docx");
        Files.writeString(file, "no es un documento");

        assertThatThrownBy(() -> DocumentText.docx(file)).isInstanceOf(SourceReadException.class).hasMessageContaining(".docx");
    }

    @Test
    void aListNumberedByItsParagraphStyleIsReadWithItsNumbers() throws Exception {
        Path file = dir.resolve("estilo.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Se otorgó la amnistía a 2 ciudadanos:");
            BigInteger num = decimalNumbering(doc);
            XWPFStyles styles = doc.createStyles();
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("ListaNumerada");
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("List Number");
            style.addNewPPr().addNewNumPr().addNewNumId().setVal(num);
            styles.addStyle(new XWPFStyle(style));
            for (String entry : new String[] {"RONDÓN, LUISA, C.I. V-14.222.333", "QUINTERO, YORMAN, S/C"}) {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle("ListaNumerada");
                p.createRun().setText(entry);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }

        IngestSink sink = read(file);

        assertThat(sink.records()).extracting(r -> r.recordRef() + " " + r.value(Field.FULL_NAME)).containsExactly("1 RONDÓN, LUISA",
                "2 QUINTERO, YORMAN");
    }
}
