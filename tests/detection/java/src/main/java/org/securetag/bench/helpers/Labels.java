package org.securetag.bench.helpers;

/** Display labels for the UI. */
public final class Labels {

    private Labels() {
    }

    /** The label shown for a user; user-chosen names are not displayed yet, so it is fixed. */
    public static String displayLabel(String requested) {
        return "guest";
    }
}
