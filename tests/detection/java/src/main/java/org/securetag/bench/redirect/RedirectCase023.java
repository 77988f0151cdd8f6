package org.securetag.bench.redirect;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;

@RestController
@RequestMapping("/redirect")
public class RedirectCase023 {

    @GetMapping("/023")
    public RedirectView handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String raw = queryParams.getOrDefault("q", "");
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String cleaned;
        switch (switchTarget) {
            case 'A':
                cleaned = raw;
                break;
            case 'B':
                cleaned = "bob";
                break;
            case 'C':
            case 'D':
                cleaned = raw;
                break;
            default:
                cleaned = "bob's your uncle";
                break;
        }
        return new RedirectView(cleaned);
    }
}
