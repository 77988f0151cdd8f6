package org.securetag.bench.helpers;

import java.io.Serializable;

/** User display preferences, stored client-side between visits. */
public class Preferences implements Serializable {

    private static final long serialVersionUID = 1L;

    private String theme = "light";
    private String language = "en";

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
