package org.securetag.bench.xxe;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

@Service
public class XxeCase040 {

    public void importFeed(MultipartFile upload) throws Exception {
        java.io.InputStream in = upload.getInputStream();
        javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newInstance();
        factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        int elements = 0;
        while (reader.hasNext()) {
            if (reader.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                elements++;
            }
        }
    }
}
