package org.securetag.bench.ssti;

import freemarker.template.Configuration;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.securetag.bench.helpers.AppConfig;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssti")
public class SstiCase018 {

    @PostMapping("/018")
    public ResponseEntity<String> handle(@RequestBody String userValue) throws Exception {
        AppConfig config = new AppConfig();
        config.set("lookup", userValue);
        String chosen = config.getOrDefault("lookup", "");
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("siteName", "Example Store");
        StringWriter out = new StringWriter();
        cfg.setClassForTemplateLoading(getClass(), "/templates");
        model.put("name", chosen);
        cfg.getTemplate("welcome.ftl").process(model, out);
        return ResponseEntity.ok("done");
    }
}
