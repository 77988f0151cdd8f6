package org.securetag.bench.xxe;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

@Service
public class XxeCase016 {

    public void importFeed(MultipartFile upload) throws Exception {
        java.io.InputStream in = upload.getInputStream();
        javax.xml.validation.SchemaFactory factory = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        javax.xml.validation.Schema schema = factory.newSchema(new javax.xml.transform.stream.StreamSource(in));
    }
}
