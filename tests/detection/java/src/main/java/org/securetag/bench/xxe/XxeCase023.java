package org.securetag.bench.xxe;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xxe")
public class XxeCase023 {

    @PostMapping("/023")
    public ResponseEntity<String> handle(@RequestBody byte[] payload) throws Exception {
        java.io.InputStream in = new java.io.ByteArrayInputStream(payload);
        javax.xml.validation.Validator validator = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema().newValidator();
        validator.validate(new javax.xml.transform.stream.StreamSource(in));
        return org.springframework.http.ResponseEntity.accepted().body("imported");
    }
}
