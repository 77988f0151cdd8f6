package org.securetag.bench.xpathi;

import java.util.HashMap;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.securetag.bench.helpers.XmlStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase002 {

    @PostMapping("/002")
    public ResponseEntity<String> handle(@RequestHeader("X-Tenant-Filter") String raw) throws Exception {
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "a_Value");
        fields.put("keyB", raw);
        String cleaned = (String) fields.get("keyB");
        Document doc = XmlStore.usersDocument();
        XPath xpath = XPathFactory.newInstance().newXPath();
        final String lookup = cleaned;
        xpath.setXPathVariableResolver(name -> "user".equals(name.getLocalPart()) ? lookup : null);
        String email = xpath.evaluate("/users/user[@name=$user]/email", doc);
        return ResponseEntity.ok("done");
    }
}
