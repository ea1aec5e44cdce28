package dev.integrations.http.boundary;

import java.util.Arrays;
import java.util.function.LongPredicate;

/** Strong entity tags made of a row version, and the {@code If-Match} preconditions on them. */
public final class EntityTags {

    private EntityTags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The versions that {@code If-Match} accepts: any without the header or with {@code *},
     * otherwise those whose tag it lists. Weak tags never match, as RFC 9110 says for If-Match.
     */
    public static LongPredicate ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return version -> true;
        }
        String[] tags = Arrays.stream(header.split(",")).map(String::trim).toArray(String[]::new);
        return version -> Arrays.asList(tags).contains(of(version));
    }
}
