package org.rollcall.ingest;

import java.util.List;
import org.rollcall.domain.SourceKind;

/**
 * Checks the figures one announcement file states, so that the {@code announced} figure is never
 * silently wrong: a second, different figure of people amnestied (of people released, in a file that
 * states no amnesty) is flagged (the report uses the
 * first), and a communiqué that states no such figure gets a claim saying so, listed among the
 * disagreeing claims, instead of counting as 0 without a word.
 */
final class StatedFigures {

    /** The subject of the claim that an announcement states no figure of people amnestied. */
    static final String NO_FIGURE = "no-figure";

    private StatedFigures() {
    }

    /** @param claims the file's claims, a view that is updated in place */
    static void check(IngestSink sink, String file, List<Claim> claims, int records) {
        if (sink.source().kind() != SourceKind.ANNOUNCEMENT) {
            return;
        }
        // the figure that makes announced: of people amnestied, or, in a file that states none, of people released
        String subject = claims.stream().anyMatch(c -> c.subject().equals("amnestied")) ? "amnestied" : "released";
        Claim first = null;
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (!c.subject().equals(subject)) {
                continue;
            }
            if (first == null) {
                first = c;
            } else if (c.value() != first.value() && c.problem() == null) {
                claims.set(i, new Claim(c.sourceId(), c.file(), c.line(), c.subject(), c.value(), c.text(),
                        sink.messages().format("claim.two-figures", String.valueOf(first.value()), String.valueOf(first.line())), c.date()));
            }
        }
        // a correction that only takes people off the list (or writes entries anew) announces nothing: the reconciliation says
        // whether it restates the total
        boolean correctionOnly = sink.records().stream().filter(r -> r.file().equals(file))
                .allMatch(r -> r.kind() == SourceKind.WITHDRAWAL || r.kind() == SourceKind.CORRECTION);
        if (first == null && records > 0 && !correctionOnly) {
            claims.add(new Claim(sink.source().id(), file, 1, NO_FIGURE, records, sink.messages().format("claim.no-figure-text"),
                    sink.messages().format("claim.no-figure", String.valueOf(records))));
        }
    }
}
