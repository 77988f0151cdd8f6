package org.securetag.bench.helpers;

/** Looks secrets up in the environment the platform injects them into. */
public final class SecretStore {

    private SecretStore() {
    }

    public static String lookup(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException("secret " + name + " is not configured");
        }
        return value;
    }
}
