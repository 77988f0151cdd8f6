package org.securetag.bench.xpathi;

import java.util.Optional;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.securetag.bench.helpers.XmlStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase010 {

    @PostMapping("/010")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String requested) throws Exception {
        String selected = Optional.ofNullable(requested).map(String::trim).orElse("");
        Document doc = XmlStore.usersDocument();
        XPath xpath = XPathFactory.newInstance().newXPath();
        final String lookup = selected;
        xpath.setXPathVariableResolver(name -> "user".equals(name.getLocalPart()) ? lookup : null);
        String email = xpath.evaluate("/users/user[@name=$user]/email", doc);
        return ResponseEntity.ok("done");
    }
}
