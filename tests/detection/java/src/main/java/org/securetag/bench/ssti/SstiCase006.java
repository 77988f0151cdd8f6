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
public class SstiCase006 {

    @PostMapping("/006")
    public ResponseEntity<String> handle(@RequestParam("name") String incoming) throws Exception {
        AppConfig config = new AppConfig();
        config.set("lookup", incoming);
        String entry = config.getOrDefault("lookup", "");
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("siteName", "Example Store");
        StringWriter out = new StringWriter();
        cfg.setClassForTemplateLoading(getClass(), "/templates");
        model.put("name", entry);
        cfg.getTemplate("welcome.ftl").process(model, out);
        return ResponseEntity.ok("done");
    }
}
