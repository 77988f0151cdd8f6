package org.securetag.bench.xxe;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@RestController
@RequestMapping("/xxe")
public class XxeCase042 {

    @PostMapping("/042")
    public ResponseEntity<String> handle(@RequestBody byte[] payload) throws Exception {
        InputStream in = new ByteArrayInputStream(payload);
        byte[] received = in.readAllBytes();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document doc = factory.newDocumentBuilder().newDocument();
        Element root = doc.createElement("upload");
        root.setAttribute("size", Integer.toString(received.length));
        doc.appendChild(root);
        return ResponseEntity.accepted().body("imported");
    }
}
