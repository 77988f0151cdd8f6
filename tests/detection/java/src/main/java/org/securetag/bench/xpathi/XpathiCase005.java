package org.securetag.bench.xpathi;

import java.io.InputStream;
import java.util.Base64;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xml.sax.InputSource;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase005 {

    @GetMapping("/005")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String supplied) throws Exception {
        String choice = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(supplied.getBytes())));
        XPathFactory factory = XPathFactory.newInstance();
        XPath xpath = factory.newXPath();
        try (InputStream catalog = getClass().getResourceAsStream("/catalog.xml")) {
            String price = xpath.evaluate("/catalog/item[@sku='" + choice + "']/price", new InputSource(catalog));
        }
        return ResponseEntity.ok("done");
    }
}
