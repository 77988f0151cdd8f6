package org.securetag.bench.xxe;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import org.w3c.dom.Document;

@Service
public class XxeCase037 {

    public void importFeed(MultipartFile upload) throws Exception {
        InputStream in = upload.getInputStream();
        Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(in);
    }
}
