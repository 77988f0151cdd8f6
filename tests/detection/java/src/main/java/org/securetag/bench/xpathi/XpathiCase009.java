package org.securetag.bench.xpathi;

import java.util.Properties;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.securetag.bench.helpers.XmlStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase009 {

    @GetMapping("/009")
    public ResponseEntity<String> handle(@RequestBody String raw) throws Exception {
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", raw);
        String cleaned = settings.getProperty("selection");
        Document doc = XmlStore.usersDocument();
        XPath xpath = XPathFactory.newInstance().newXPath();
        Double total = xpath.evaluateExpression("count(//user[department='" + cleaned + "'])", doc, Double.class);
        return ResponseEntity.ok("done");
    }
}
