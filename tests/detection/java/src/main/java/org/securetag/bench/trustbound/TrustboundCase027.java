package org.securetag.bench.trustbound;

import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/trustbound")
public class TrustboundCase027 {

    @GetMapping("/027")
    public ResponseEntity<String> handle(@RequestParam("name") String incoming, HttpServletRequest request) throws Exception {
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("recent");
        valuesList.add(incoming);
        valuesList.add("popular");
        valuesList.remove(0);
        String entry = valuesList.get(0);
        request.getSession().setAttribute("recentFilters", List.of(entry, "all"));
        return ResponseEntity.ok("done");
    }
}
