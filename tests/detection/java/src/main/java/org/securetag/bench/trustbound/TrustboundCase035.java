package org.securetag.bench.trustbound;

import java.util.Map;
import java.util.Properties;
import javax.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase035 {

    @GetMapping("/035")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams, HttpServletRequest request) throws Exception {
        String param = queryParams.getOrDefault("q", "");
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", param);
        String bar = settings.getProperty("selection");
        request.getSession().setAttribute(bar, "10340");
        return ResponseEntity.ok("done");
    }
}
