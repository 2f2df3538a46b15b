package org.rollcall.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.domain.Field;
import org.rollcall.ingest.SourceRecord;

/**
 * The folded words the name parser takes for given names: a broad lexicon from an independent
 * source ({@code given-names.txt}, most frequent first; see the README beside it) plus what the
 * job's own data teaches, namely every word written in a separate given-names column of any
 * source, and every spelling in an alias group of the job file that holds a known given name
 * (Jhonny ~ Jonny). Immutable.
 */
public final class GivenNames {

    private static final GivenNames STANDARD = new GivenNames(load(), Set.of());

    private final List<String> lexicon;
    private final Set<String> learned;
    private final Map<String, Integer> rank = new HashMap<>();

    private GivenNames(Collection<String> lexicon, Collection<String> learned) {
        this.lexicon = List.copyOf(new LinkedHashSet<>(lexicon));
        this.learned = Set.copyOf(learned);
        for (int i = 0; i < this.lexicon.size(); i++) {
            rank.put(this.lexicon.get(i), i);
        }
    }

    /** The built-in lexicon, nothing learned. */
    public static GivenNames standard() {
        return STANDARD;
    }

    /**
     * A lexicon (most frequent first) and learned words; each entry a word or several separated
     * by spaces, folded here.
     */
    public static GivenNames of(Collection<String> lexicon, Collection<String> learned) {
        return new GivenNames(words(lexicon), words(learned));
    }

    /** The built-in words, folded, most frequent first. */
    public List<String> lexicon() {
        return lexicon;
    }

    /** The words the job's data taught, folded. */
    public Set<String> learned() {
        return learned;
    }

    /** True when {@code word} (folded) is a given name. */
    public boolean contains(String word) {
        return rank.containsKey(word) || learned.contains(word);
    }

    /**
     * How common {@code word} is as a given name: its position in the lexicon (0 the most
     * common), the lexicon's size for a word only the data taught, {@link Integer#MAX_VALUE} for
     * a word that is no known given name.
     */
    public int rank(String word) {
        Integer r = rank.get(word);
        return r != null ? r : learned.contains(word) ? lexicon.size() : Integer.MAX_VALUE;
    }

    /** These names plus the words of every record's given-names column. */
    public GivenNames learnedFrom(Collection<SourceRecord> records) {
        Set<String> more = new HashSet<>(learned);
        for (SourceRecord r : records) {
            more.addAll(PersonName.tokensOf(r.value(Field.GIVEN_NAMES)).stream().filter(t -> t.length() > 1).toList());
        }
        return more.equals(learned) ? this : new GivenNames(lexicon, more);
    }

    /** These names plus every spelling of an alias group one of whose spellings is a given name. */
    public GivenNames withAliases(List<List<String>> groups) {
        Set<String> more = new HashSet<>(learned);
        for (List<String> group : groups) {
            List<String> folded = words(group);
            if (folded.stream().anyMatch(this::contains)) {
                more.addAll(folded);
            }
        }
        return more.equals(learned) ? this : new GivenNames(lexicon, more);
    }

    private static List<String> words(Collection<String> texts) {
        List<String> out = new ArrayList<>();
        texts.forEach(t -> out.addAll(PersonName.tokensOf(t)));
        return out;
    }

    private static List<String> load() {
        List<String> names = new ArrayList<>();
        try (InputStream in = GivenNames.class.getResourceAsStream("given-names.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    for (String n : line.trim().split("\\s+")) {
                        if (!n.isEmpty()) {
                            names.add(n);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
