package org.securetag.bench.trustbound;

import java.util.List;
import javax.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase007 {

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    @GetMapping("/007/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String param, HttpServletRequest request) throws Exception {
        String bar = tidy(param);
        request.getSession().setAttribute("recentFilters", List.of(bar, "all"));
        return ResponseEntity.ok("done");
    }
}
