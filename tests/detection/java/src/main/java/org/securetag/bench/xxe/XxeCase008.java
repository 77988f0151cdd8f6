package org.securetag.bench.xxe;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

@Service
public class XxeCase008 {

    public void importFeed(MultipartFile upload) throws Exception {
        java.io.InputStream in = upload.getInputStream();
        javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newInstance();
        factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty("javax.xml.stream.isSupportingExternalEntities", false);
        javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(in);
        while (reader.hasNext()) {
            reader.next();
        }
    }
}
