package org.securetag.bench.cmdi;

import java.io.File;
import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/cmdi/039")
public class CmdiCase039 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String lastSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String queryString = request.getQueryString();
        String marker = "key=";
        int start = queryString == null ? -1 : queryString.indexOf(marker);
        if (start < 0) {
            response.sendError(400, "missing key");
            return;
        }
        start += marker.length();
        int end = queryString.indexOf('&', start);
        String userValue = URLDecoder.decode(end < 0 ? queryString.substring(start) : queryString.substring(start, end), "UTF-8");
        this.lastSelection = userValue;
        String chosen = this.lastSelection;
        try {
            Runtime runtime = Runtime.getRuntime();
            Process process = runtime.exec(new String[] {"sh", "-c", "grep -c " + chosen + " /var/log/app/access.log"}, null, new File("/tmp"));
            int exitCode = process.waitFor();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
