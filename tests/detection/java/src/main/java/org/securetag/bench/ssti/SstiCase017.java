package org.securetag.bench.ssti;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssti")
public class SstiCase017 {

    @GetMapping("/017")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String requested = queryParams.getOrDefault("q", "");
        int num = 106;
        String selected = (7 * 42) - num > 200 ? "featured" : requested;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("siteName", "Example Store");
        StringWriter out = new StringWriter();
        Template template = new Template("inline", new StringReader(selected), cfg);
        template.process(model, out);
        return ResponseEntity.ok("done");
    }
}
