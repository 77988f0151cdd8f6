package org.securetag.bench.xpathi;

import org.securetag.bench.helpers.SubmissionForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase025 {

    @GetMapping("/025")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String userValue = form.getValue();
        int num = 106;
        String chosen = (7 * 42) - num > 200 ? "featured" : userValue;
        javax.xml.xpath.XPathFactory factory = javax.xml.xpath.XPathFactory.newInstance();
        javax.xml.xpath.XPath xpath = factory.newXPath();
        try (java.io.InputStream catalog = getClass().getResourceAsStream("/catalog.xml")) {
            String price = xpath.evaluate("/catalog/item[@sku='" + chosen + "']/price", new org.xml.sax.InputSource(catalog));
        }
        return ResponseEntity.ok("done");
    }
}
