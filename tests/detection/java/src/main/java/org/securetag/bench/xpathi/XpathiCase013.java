package org.securetag.bench.xpathi;

import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase013 {

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

    @GetMapping("/013")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String incoming) throws Exception {
        String entry = normalizeCase(incoming);
        org.w3c.dom.Document doc = org.securetag.bench.helpers.XmlStore.usersDocument();
        javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        javax.xml.xpath.XPathExpression compiled = xpath.compile(String.format("//account[id='%s']", entry));
        org.w3c.dom.NodeList nodes = (org.w3c.dom.NodeList) compiled.evaluate(doc, javax.xml.xpath.XPathConstants.NODESET);
        return ResponseEntity.ok("done");
    }
}
