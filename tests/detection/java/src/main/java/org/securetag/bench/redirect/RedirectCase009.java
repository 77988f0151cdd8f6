package org.securetag.bench.redirect;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;

@RestController
@RequestMapping("/redirect")
public class RedirectCase009 {

    @GetMapping("/009")
    public RedirectView handle(@RequestHeader("X-Tenant-Filter") String raw) throws Exception {
        String cleaned = String.join(" ", raw.trim().split("\\s+"));
        return new RedirectView(cleaned);
    }
}
