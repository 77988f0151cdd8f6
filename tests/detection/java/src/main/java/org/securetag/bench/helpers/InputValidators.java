package org.securetag.bench.helpers;

import java.util.Set;
import java.util.regex.Pattern;

/** Validation helpers: they return the checked value or throw. */
public final class InputValidators {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private InputValidators() {
    }

    /** Returns value when it is one of the allowed values, else throws. */
    public static String requireOneOf(String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new IllegalArgumentException("unsupported value");
        }
        return value;
    }

    /** Parses the value as a non-negative number and returns its canonical decimal form. */
    public static String requireNumber(String value) {
        long number = Long.parseLong(value.trim());
        if (number < 0) {
            throw new IllegalArgumentException("negative value");
        }
        return Long.toString(number);
    }

    /** Returns value when it is a plain identifier (letters, digits, '_' and '-'), else throws. */
    public static String requireIdentifier(String value) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid identifier");
        }
        return value;
    }
}
