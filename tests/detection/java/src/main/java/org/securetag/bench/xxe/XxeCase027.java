package org.securetag.bench.xxe;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xxe")
public class XxeCase027 {

    @PostMapping("/027")
    public ResponseEntity<String> handle(@RequestBody String xml) throws Exception {
        java.io.InputStream in = new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setValidating(false);
        factory.setIgnoringComments(true);
        org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(in);
        String root = doc.getDocumentElement().getTagName();
        return org.springframework.http.ResponseEntity.ok("parsed");
    }
}
