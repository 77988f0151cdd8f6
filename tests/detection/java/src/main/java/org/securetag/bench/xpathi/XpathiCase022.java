package org.securetag.bench.xpathi;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathFactory;
import org.securetag.bench.helpers.SubmissionForm;
import org.securetag.bench.helpers.XmlStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase022 {

    @PostMapping("/022")
    public ResponseEntity<String> handle(@RequestBody SubmissionForm form) throws Exception {
        String input = form.getValue();
        String term = Optional.ofNullable(input).map(String::trim).orElse("");
        Document doc = XmlStore.usersDocument();
        XPath xpath = XPathFactory.newInstance().newXPath();
        Map<String, Object> variables = new HashMap<String, Object>();
        variables.put("id", term);
        xpath.setXPathVariableResolver(name -> variables.get(name.getLocalPart()));
        XPathExpression compiled = xpath.compile("//account[id=$id]");
        NodeList nodes = (NodeList) compiled.evaluate(doc, XPathConstants.NODESET);
        return ResponseEntity.ok("done");
    }
}
