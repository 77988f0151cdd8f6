package org.securetag.bench.trustbound;

import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.securetag.bench.helpers.InputValidators;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase028 {

    @PostMapping("/028")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams, HttpServletRequest request) throws Exception {
        String param = queryParams.getOrDefault("q", "");
        String bar = InputValidators.requireNumber(param);
        request.getSession().setAttribute("recentFilters", java.util.List.of(bar, "all"));
        return ResponseEntity.ok("done");
    }
}
