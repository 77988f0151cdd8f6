package org.securetag.bench.xpathi;

import java.util.HashMap;
import java.util.Map;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathFactory;
import org.securetag.bench.helpers.XmlStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase014 {

    @PostMapping("/014/{id}")
    public ResponseEntity<String> handle(@PathVariable("id") String param) throws Exception {
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "a_Value");
        fields.put("keyB", param);
        String bar = (String) fields.get("keyB");
        Document doc = XmlStore.usersDocument();
        XPath xpath = XPathFactory.newInstance().newXPath();
        Map<String, Object> variables = new HashMap<String, Object>();
        variables.put("id", bar);
        xpath.setXPathVariableResolver(name -> variables.get(name.getLocalPart()));
        XPathExpression compiled = xpath.compile("//account[id=$id]");
        NodeList nodes = (NodeList) compiled.evaluate(doc, XPathConstants.NODESET);
        return ResponseEntity.ok("done");
    }
}
