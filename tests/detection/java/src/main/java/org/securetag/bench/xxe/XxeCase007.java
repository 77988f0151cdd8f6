package org.securetag.bench.xxe;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xxe")
public class XxeCase007 {

    @PostMapping("/007")
    public ResponseEntity<String> handle(@RequestBody byte[] payload) throws Exception {
        java.io.InputStream in = new java.io.ByteArrayInputStream(payload);
        javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newInstance();
        javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(in);
        while (reader.hasNext()) {
            reader.next();
        }
        return org.springframework.http.ResponseEntity.accepted().body("imported");
    }
}
