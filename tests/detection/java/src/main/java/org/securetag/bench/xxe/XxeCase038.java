package org.securetag.bench.xxe;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;

@RestController
@RequestMapping("/xxe")
public class XxeCase038 {

    @PostMapping("/038")
    public ResponseEntity<String> handle(@RequestBody String xml) throws Exception {
        InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
        try (InputStream bundled = getClass().getResourceAsStream("/defaults.xml")) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(bundled);
        }
        in.close();
        return ResponseEntity.ok("parsed");
    }
}
