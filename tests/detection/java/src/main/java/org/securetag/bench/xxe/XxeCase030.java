package org.securetag.bench.xxe;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.Unmarshaller;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import org.securetag.bench.helpers.Preferences;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xml.sax.InputSource;

@RestController
@RequestMapping("/xxe")
public class XxeCase030 {

    @PostMapping("/030")
    public ResponseEntity<String> handle(@RequestBody String xml) throws Exception {
        InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setNamespaceAware(true);
        spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        SAXSource source = new SAXSource(spf.newSAXParser().getXMLReader(), new InputSource(in));
        Unmarshaller unmarshaller = JAXBContext.newInstance(Preferences.class).createUnmarshaller();
        Object prefs = unmarshaller.unmarshal(source);
        return ResponseEntity.ok("parsed");
    }
}
