package org.securetag.bench.xxe;

import java.io.InputStream;
import javax.xml.parsers.SAXParserFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

@Service
public class XxeCase013 {

    public void importFeed(MultipartFile upload) throws Exception {
        InputStream in = upload.getInputStream();
        XMLReader reader = SAXParserFactory.newInstance().newSAXParser().getXMLReader();
        reader.setContentHandler(new DefaultHandler());
        reader.parse(new InputSource(in));
    }
}
