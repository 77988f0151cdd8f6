package org.securetag.bench.ssti;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ssti")
public class SstiCase041 {

    private String normalizeCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : text.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    @GetMapping("/041")
    public ResponseEntity<String> handle(@RequestParam("name") String incoming) throws Exception {
        String entry = normalizeCase(incoming);
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("siteName", "Example Store");
        StringWriter out = new StringWriter();
        Template template = new Template("inline", new StringReader(entry), cfg);
        template.process(model, out);
        return ResponseEntity.ok("done");
    }
}
