package org.securetag.bench.redirect;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;

@RestController
@RequestMapping("/redirect")
public class RedirectCase037 {

    @GetMapping("/037")
    public RedirectView handle(@RequestBody String raw) throws Exception {
        int num = 106;
        String cleaned = (7 * 42) - num > 200 ? "featured" : raw;
        return new RedirectView(cleaned);
    }
}
