package org.securetag.bench.helpers;

import java.util.Properties;

/** A thin wrapper around java.util.Properties used as the request-scoped settings bag. */
public class AppConfig {

    private final Properties values = new Properties();

    public void set(String key, String value) {
        values.setProperty(key, value);
    }

    public String get(String key) {
        return values.getProperty(key);
    }

    public String getOrDefault(String key, String fallback) {
        return values.getProperty(key, fallback);
    }
}
