package org.securetag.bench.xxe;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xxe")
public class XxeCase035 {

    @PostMapping("/035")
    public ResponseEntity<String> handle(@RequestBody String xml) throws Exception {
        java.io.InputStream in = new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        javax.xml.parsers.SAXParser parser = javax.xml.parsers.SAXParserFactory.newInstance().newSAXParser();
        java.util.List<String> names = new java.util.ArrayList<String>();
        parser.parse(in, new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, org.xml.sax.Attributes attributes) {
                names.add(qName);
            }
        });
        return org.springframework.http.ResponseEntity.ok("parsed");
    }
}
