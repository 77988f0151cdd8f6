package org.securetag.bench.xxe;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xxe")
public class XxeCase019 {

    @PostMapping("/019")
    public ResponseEntity<String> handle(@RequestBody String xml) throws Exception {
        java.io.InputStream in = new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
        factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, true);
        javax.xml.stream.XMLEventReader events = factory.createXMLEventReader(in);
        while (events.hasNext()) {
            events.nextEvent();
        }
        return org.springframework.http.ResponseEntity.ok("parsed");
    }
}
