package org.securetag.bench.xxe;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

@Service
public class XxeCase024 {

    public void importFeed(MultipartFile upload) throws Exception {
        java.io.InputStream in = upload.getInputStream();
        javax.xml.validation.Validator validator = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema().newValidator();
        validator.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new javax.xml.transform.stream.StreamSource(in));
    }
}
