package org.securetag.bench.xxe;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xxe")
public class XxeCase031 {

    @PostMapping("/031")
    public ResponseEntity<String> handle(@RequestBody byte[] payload) throws Exception {
        java.io.InputStream in = new java.io.ByteArrayInputStream(payload);
        javax.xml.transform.TransformerFactory factory = javax.xml.transform.TransformerFactory.newInstance();
        javax.xml.transform.Templates stylesheet = factory.newTemplates(new javax.xml.transform.stream.StreamSource(in));
        javax.xml.transform.Transformer transformer = stylesheet.newTransformer();
        return org.springframework.http.ResponseEntity.accepted().body("imported");
    }
}
