package org.securetag.bench.xss;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xss")
public class XssCase021 {

    @GetMapping("/021")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String param, HttpServletResponse response) throws Exception {
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("recent");
        valuesList.add(param);
        valuesList.add("popular");
        valuesList.remove(0);
        String bar = valuesList.get(0);
        response.getWriter().printf(Locale.US, "<div class=\"note\">%s</div>", bar);
        return ResponseEntity.ok("done");
    }
}
