package org.securetag.bench.xxe;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.stream.StreamSource;

@WebServlet(value = "/xxe/041")
public class XxeCase041 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            InputStream in = request.getInputStream();
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            DOMResult result = new DOMResult();
            factory.newTransformer().transform(new StreamSource(in), result);
            response.setStatus(204);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
