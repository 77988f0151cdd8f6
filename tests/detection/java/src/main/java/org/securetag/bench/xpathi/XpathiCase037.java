package org.securetag.bench.xpathi;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase037 {

    @GetMapping("/037")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String raw) throws Exception {
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("recent");
        valuesList.add(raw);
        valuesList.add("popular");
        valuesList.remove(0);
        String cleaned = valuesList.get(0);
        org.w3c.dom.Document doc = org.securetag.bench.helpers.XmlStore.usersDocument();
        javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        StringBuilder query = new StringBuilder("/users/user[role='");
        query.append(cleaned).append("']");
        org.w3c.dom.Node first = (org.w3c.dom.Node) xpath.evaluate(query.toString(), doc, javax.xml.xpath.XPathConstants.NODE);
        return ResponseEntity.ok("done");
    }
}
