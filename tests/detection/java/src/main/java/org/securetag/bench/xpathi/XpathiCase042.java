package org.securetag.bench.xpathi;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase042 {

    @PostMapping("/042")
    public ResponseEntity<String> handle(@CookieValue(value = "pref", defaultValue = "") String param) throws Exception {
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String bar;
        switch (switchTarget) {
            case 'A':
                bar = param;
                break;
            case 'B':
                bar = "bob";
                break;
            case 'C':
            case 'D':
                bar = param;
                break;
            default:
                bar = "bob's your uncle";
                break;
        }
        org.w3c.dom.Document doc = org.securetag.bench.helpers.XmlStore.usersDocument();
        javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        final String lookup = bar;
        xpath.setXPathVariableResolver(name -> "user".equals(name.getLocalPart()) ? lookup : null);
        String email = xpath.evaluate("/users/user[@name=$user]/email", doc);
        return ResponseEntity.ok("done");
    }
}
