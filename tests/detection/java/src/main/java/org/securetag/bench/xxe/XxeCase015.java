package org.securetag.bench.xxe;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xxe")
public class XxeCase015 {

    @PostMapping("/015")
    public ResponseEntity<String> handle(@RequestBody byte[] payload) throws Exception {
        java.io.InputStream in = new java.io.ByteArrayInputStream(payload);
        javax.xml.validation.SchemaFactory factory = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI);
        javax.xml.validation.Schema schema = factory.newSchema(new javax.xml.transform.stream.StreamSource(in));
        return org.springframework.http.ResponseEntity.accepted().body("imported");
    }
}
