package org.securetag.bench.xxe;

import java.io.InputStream;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.Unmarshaller;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import org.securetag.bench.helpers.Preferences;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import org.xml.sax.InputSource;

@Service
public class XxeCase029 {

    public void importFeed(MultipartFile upload) throws Exception {
        InputStream in = upload.getInputStream();
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setNamespaceAware(true);
        SAXSource source = new SAXSource(spf.newSAXParser().getXMLReader(), new InputSource(in));
        Unmarshaller unmarshaller = JAXBContext.newInstance(Preferences.class).createUnmarshaller();
        Object prefs = unmarshaller.unmarshal(source);
    }
}
