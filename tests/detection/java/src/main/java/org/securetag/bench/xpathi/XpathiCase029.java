package org.securetag.bench.xpathi;

import java.util.Map;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.securetag.bench.helpers.XmlStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase029 {

    @GetMapping("/029")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String input = queryParams.getOrDefault("q", "");
        String term = input.substring(0, Math.min(input.length(), 120)).trim();
        Document doc = XmlStore.usersDocument();
        XPath xpath = XPathFactory.newInstance().newXPath();
        Double total = xpath.evaluateExpression("count(//user[department='" + term + "'])", doc, Double.class);
        return ResponseEntity.ok("done");
    }
}
