package org.securetag.bench.xxe;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xxe")
public class XxeCase011 {

    @PostMapping("/011")
    public ResponseEntity<String> handle(@RequestBody String xml) throws Exception {
        java.io.InputStream in = new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.dom4j.io.SAXReader reader = new org.dom4j.io.SAXReader();
        org.dom4j.Document doc = reader.read(in);
        return org.springframework.http.ResponseEntity.ok("parsed");
    }
}
