package org.securetag.bench.xxe;

import java.io.InputStream;
import org.jdom2.Document;
import org.jdom2.input.SAXBuilder;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

@Service
public class XxeCase021 {

    public void importFeed(MultipartFile upload) throws Exception {
        InputStream in = upload.getInputStream();
        SAXBuilder builder = new SAXBuilder();
        Document doc = builder.build(in);
    }
}
