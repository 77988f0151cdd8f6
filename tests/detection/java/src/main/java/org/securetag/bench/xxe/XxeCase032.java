package org.securetag.bench.xxe;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

@Service
public class XxeCase032 {

    public void importFeed(MultipartFile upload) throws Exception {
        java.io.InputStream in = upload.getInputStream();
        javax.xml.transform.TransformerFactory factory = javax.xml.transform.TransformerFactory.newInstance();
        factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        javax.xml.transform.Templates stylesheet = factory.newTemplates(new javax.xml.transform.stream.StreamSource(in));
        javax.xml.transform.Transformer transformer = stylesheet.newTransformer();
    }
}
