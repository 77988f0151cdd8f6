package org.securetag.bench.redirect;

import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/redirect")
public class RedirectCase022 {

    @PostMapping("/022")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams, HttpServletResponse response) throws Exception {
        String input = queryParams.getOrDefault("q", "");
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "a_Value");
        fields.put("keyB", input);
        String term = (String) fields.get("keyB");
        Map<String, String> pages = Map.of("home", "/home", "orders", "/orders", "profile", "/account/profile");
        response.setHeader("Location", pages.getOrDefault(term, "/home"));
        response.setStatus(302);
        return ResponseEntity.ok("done");
    }
}
