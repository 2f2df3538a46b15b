package org.rollcall.ingest;

import java.util.List;
import java.util.Set;
import org.rollcall.text.TextFold;

/**
 * Whether a spreadsheet row is a section heading between the people of a list: "ESTADO ZULIA",
 * "Región Capital", "MIRANDA". Volunteers group their rows by state; read as a row, such a heading
 * is a person with one name, no cédula and no date, and it moves the NGO's count.
 *
 * <p>The rule, chosen so that no real person is dropped: the row holds text in exactly one cell,
 * with no digit, and every other cell of the row is blank (no cédula, no date, no status, nothing);
 * and that text either opens with a word headings open with ({@link NumberedLists#REGION_WORD}:
 * estado, región, municipio, …) in at most {@value NumberedLists#HEADING_WORDS} words, or is, as a
 * whole, the name of a Venezuelan state or region ({@link #PLACES}). "MIRANDA" alone on a row is
 * then a heading even though Miranda is a surname too: a person known only by one surname and
 * nothing else could not be matched nor counted anyway. A lone word that is no known place
 * ("PÉREZ") is left to the other row rules: it is not a heading by this rule.
 */
final class SectionHeadings {

    /** Venezuelan states and regions, folded: the words a section heading of a detainee list is made of. */
    static final Set<String> PLACES = Set.of("amazonas", "anzoategui", "apure", "aragua", "barinas", "bolivar", "carabobo", "cojedes",
            "delta amacuro", "falcon", "guarico", "la guaira", "lara", "merida", "miranda", "monagas", "nueva esparta", "portuguesa",
            "sucre", "tachira", "trujillo", "vargas", "yaracuy", "zulia", "distrito capital", "distrito federal", "dependencias federales",
            "caracas", "gran caracas", "region capital", "region central", "region centro occidental", "region occidental",
            "region andina", "region los llanos", "region llanera", "region oriental", "region insular", "region guayana",
            "region zuliana", "los andes", "oriente", "occidente", "centro", "llanos", "guayana", "exterior", "en el exterior");

    private SectionHeadings() {
    }

    /** True when {@code cells} are a section heading by the rule above. */
    static boolean isHeading(List<String> cells) {
        String only = null;
        for (String c : cells) {
            if (TextFold.isBlank(c)) {
                continue;
            }
            if (only != null) {
                return false;
            }
            only = c.trim();
        }
        if (only == null || only.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String text = only.endsWith(":") ? only.substring(0, only.length() - 1).trim() : only;
        if (NumberedLists.REGION_WORD.matcher(text).find() && NumberedLists.WHITESPACE.split(text).length <= NumberedLists.HEADING_WORDS) {
            return true;
        }
        return PLACES.contains(TextFold.fold(text));
    }
}
