package org.securetag.bench.ssti;

import freemarker.template.Configuration;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.securetag.bench.helpers.AppConfig;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssti")
public class SstiCase030 {

    @PostMapping("/030")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String raw = queryParams.getOrDefault("q", "");
        AppConfig config = new AppConfig();
        config.set("lookup", raw);
        String cleaned = config.getOrDefault("lookup", "");
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("siteName", "Example Store");
        StringWriter out = new StringWriter();
        cfg.setClassForTemplateLoading(getClass(), "/templates");
        model.put("name", cleaned);
        cfg.getTemplate("welcome.ftl").process(model, out);
        return ResponseEntity.ok("done");
    }
}
