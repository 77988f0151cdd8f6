package org.securetag.bench.xpathi;

import java.util.Base64;
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
public class XpathiCase041 {

    @GetMapping("/041")
    public ResponseEntity<String> handle(@RequestBody String incoming) throws Exception {
        String entry = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(incoming.getBytes())));
        Document doc = XmlStore.usersDocument();
        XPath xpath = XPathFactory.newInstance().newXPath();
        String expression = "/users/user[@name='" + entry + "']/email";
        String email = xpath.evaluate(expression, doc);
        return ResponseEntity.ok("done");
    }
}
