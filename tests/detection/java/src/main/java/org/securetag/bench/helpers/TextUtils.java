package org.securetag.bench.helpers;

/** Small string utilities shared by the request handlers. */
public final class TextUtils {

    private TextUtils() {
    }

    /** Trims the value and folds runs of whitespace into one space. */
    public static String collapseWhitespace(String value) {
        if (value == null) {
            return "";
        }
        return value.trim().replaceAll("\\s+", " ");
    }

    /** Returns the first argument that is neither null nor empty. */
    public static String firstNonEmpty(String first, String fallback) {
        return first != null && !first.isEmpty() ? first : fallback;
    }
}
