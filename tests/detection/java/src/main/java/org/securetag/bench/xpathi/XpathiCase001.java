package org.securetag.bench.xpathi;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase001 {

    @GetMapping("/001/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String input) throws Exception {
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("recent");
        valuesList.add(input);
        valuesList.add("popular");
        valuesList.remove(0);
        String term = valuesList.get(0);
        org.w3c.dom.Document doc = org.securetag.bench.helpers.XmlStore.usersDocument();
        javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        String expression = "/users/user[@name='" + term + "']/email";
        String email = xpath.evaluate(expression, doc);
        return ResponseEntity.ok("done");
    }
}
