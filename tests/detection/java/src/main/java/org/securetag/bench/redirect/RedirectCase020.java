package org.securetag.bench.redirect;

import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;

@RestController
@RequestMapping("/redirect")
public class RedirectCase020 {

    private String lastRequested;
    private final String defaultSelection = "/home";

    @PostMapping("/020")
    public RedirectView handle(@CookieValue(value = "pref", defaultValue = "") String incoming) throws Exception {
        this.lastRequested = incoming;
        String entry = this.defaultSelection;
        return new RedirectView(entry);
    }
}
