package org.securetag.bench.xpathi;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xpathi")
public class XpathiCase006 {

    @PostMapping("/006")
    public ResponseEntity<String> handle(@RequestBody String incoming) throws Exception {
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String entry;
        switch (switchTarget) {
            case 'A':
                entry = incoming;
                break;
            case 'B':
                entry = "bob";
                break;
            case 'C':
            case 'D':
                entry = incoming;
                break;
            default:
                entry = "bob's your uncle";
                break;
        }
        org.w3c.dom.Document doc = org.securetag.bench.helpers.XmlStore.usersDocument();
        javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        java.util.Map<String, Object> variables = new java.util.HashMap<String, Object>();
        variables.put("id", entry);
        xpath.setXPathVariableResolver(name -> variables.get(name.getLocalPart()));
        javax.xml.xpath.XPathExpression compiled = xpath.compile("//account[id=$id]");
        org.w3c.dom.NodeList nodes = (org.w3c.dom.NodeList) compiled.evaluate(doc, javax.xml.xpath.XPathConstants.NODESET);
        return ResponseEntity.ok("done");
    }
}
