package org.securetag.bench.xpathi;

import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.securetag.bench.helpers.TextUtils;
import org.securetag.bench.helpers.XmlStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase021 {

    @GetMapping("/021")
    public ResponseEntity<String> handle(@RequestParam("name") String param) throws Exception {
        String bar = TextUtils.firstNonEmpty(param, "all");
        Document doc = XmlStore.usersDocument();
        XPath xpath = XPathFactory.newInstance().newXPath();
        String expression = "/users/user[@name='" + bar + "']/email";
        String email = xpath.evaluate(expression, doc);
        return ResponseEntity.ok("done");
    }
}
