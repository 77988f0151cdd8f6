package org.securetag.bench.xpathi;

import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathFactory;
import org.securetag.bench.helpers.XmlStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase033 {

    @GetMapping("/033/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String supplied) throws Exception {
        String choice = String.join(" ", supplied.trim().split("\\s+"));
        Document doc = XmlStore.usersDocument();
        XPath xpath = XPathFactory.newInstance().newXPath();
        XPathExpression compiled = xpath.compile(String.format("//account[id='%s']", choice));
        NodeList nodes = (NodeList) compiled.evaluate(doc, XPathConstants.NODESET);
        return ResponseEntity.ok("done");
    }
}
