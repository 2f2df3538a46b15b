package org.rollcall.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Arrays;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;

/**
 * The words people read, in one language: {@code org/rollcall/text/messages_<language>.properties}
 * (UTF-8), es and en complete (a test compares their keys). Patterns are {@link MessageFormat}s:
 * {@code {0}} is the first argument, {@code {0,number,integer}} a count.
 */
public final class Messages {

    /** The languages a report can be written in. */
    public static final List<String> LANGUAGES = List.of("en", "es");

    private static final String BUNDLE = "org.rollcall.text.messages";

    private static final Messages ENGLISH = new Messages("en");
    private static final Messages SPANISH = new Messages("es");

    private final ResourceBundle bundle;
    private final Locale locale;
    /**
     * Each pattern parsed once per thread: a reconciliation formats a few texts per record (where a row was read, an
     * event), and parsing the pattern each time was most of the time of its figures at a million records. A
     * MessageFormat is not safe to use from two threads at once, and one shared copy locked made two threads take turns.
     */
    private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);

    private Messages(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages of a language: es, else en (one shared instance of each). */
    public static Messages of(String language) {
        return "es".equals(language) ? SPANISH : ENGLISH;
    }

    public String language() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of a key; the key itself, in brackets, when it is missing (a test keeps that from happening). */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** The text of a key with its arguments filled in. */
    public String format(String key, Object... args) {
        return formats.get().computeIfAbsent(key, k -> new MessageFormat(get(k), locale)).format(args);
    }

    /**
     * A phrase another package writes in English (a comparison level, a matcher's note) in this
     * language: the text of {@code <prefix>.<slug>} ("level.one-typo" for "one typo"), else the
     * phrase as given. A phrase with a setting in parentheses whose head has a key keeps the setting.
     */
    public String phrase(String prefix, String english) {
        String key = prefix + "." + slug(english);
        if (has(key)) {
            return get(key);
        }
        if (english.contains("; ")) {
            // notes joined one after another ("in one person through other records; ambiguous: …"): each in this language
            return Arrays.stream(english.split("; ")).map(part -> phrase(prefix, part)).collect(Collectors.joining("; "));
        }
        int open = english.lastIndexOf(" (");
        if (open > 0 && english.endsWith(")") && has(prefix + "." + slug(english.substring(0, open)))) {
            // a level with its setting: "typo (Jaro-Winkler >= 0.95)"; the setting is a formula, kept as written
            return get(prefix + "." + slug(english.substring(0, open))) + english.substring(open);
        }
        return english;
    }

    /** A comparison's name ("id-number", "name rarity") in this language: {@code field.<name>}, else the name as given. */
    public String comparison(String name) {
        if (name.endsWith(" rarity")) {
            return format("field.rarity", comparison(name.substring(0, name.length() - " rarity".length())));
        }
        return has("field." + name) ? get("field." + name) : name;
    }

    /** "typo (Jaro-Winkler >= 0.92)" → "typo-jaro-winkler-0-92": a phrase as a bundle key. */
    static String slug(String english) {
        return english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Every key of this language. */
    public Set<String> keys() {
        return bundle.keySet();
    }
}
