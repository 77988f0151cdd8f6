package org.securetag.bench.xpathi;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase018 {

    @PostMapping("/018")
    public ResponseEntity<String> handle(@RequestParam Map<String, String> queryParams) throws Exception {
        String userValue = queryParams.getOrDefault("q", "");
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String chosen;
        switch (switchTarget) {
            case 'A':
                chosen = userValue;
                break;
            case 'B':
                chosen = "bob";
                break;
            case 'C':
            case 'D':
                chosen = userValue;
                break;
            default:
                chosen = "bob's your uncle";
                break;
        }
        org.w3c.dom.Document doc = org.securetag.bench.helpers.XmlStore.usersDocument();
        javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        final String lookup = chosen;
        xpath.setXPathVariableResolver(name -> "user".equals(name.getLocalPart()) ? lookup : null);
        String email = xpath.evaluate("/users/user[@name=$user]/email", doc);
        return ResponseEntity.ok("done");
    }
}
