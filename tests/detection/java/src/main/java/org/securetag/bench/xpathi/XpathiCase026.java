package org.securetag.bench.xpathi;

import java.util.HashMap;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.securetag.bench.helpers.XmlStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase026 {

    @PostMapping("/026")
    public ResponseEntity<String> handle(@RequestParam("name") String supplied) throws Exception {
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "a_Value");
        fields.put("keyB", supplied);
        String choice = (String) fields.get("keyB");
        Document doc = XmlStore.usersDocument();
        XPath xpath = XPathFactory.newInstance().newXPath();
        final String lookup = choice;
        xpath.setXPathVariableResolver(name -> "user".equals(name.getLocalPart()) ? lookup : null);
        String email = xpath.evaluate("/users/user[@name=$user]/email", doc);
        return ResponseEntity.ok("done");
    }
}
