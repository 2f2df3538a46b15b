package org.rollcall.match;

import java.util.List;
import org.rollcall.domain.Problem;

/**
 * A matching setting of a job file that cannot be used, thrown where building a comparison stops
 * and carrying its problems as values, so that {@link MatchConfigs#problems} collects them whole.
 */
final class SettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    SettingException(Problem problem) {
        this(List.of(problem));
    }

    SettingException(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
