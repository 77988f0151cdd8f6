package org.securetag.bench.trustbound;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Properties;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/trustbound/022")
public class TrustboundCase022 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        StringBuilder payload = new StringBuilder();
        try (BufferedReader reader = request.getReader()) {
            String line;
            while ((line = reader.readLine()) != null) {
                payload.append(line);
            }
        }
        String input = payload.toString().trim();
        Properties settings = new Properties();
        settings.setProperty("owner", "system");
        settings.setProperty("selection", input);
        String term = settings.getProperty("selection");
        try {
            javax.servlet.http.HttpSession session = request.getSession(true);
            session.setAttribute("pageSize", Integer.valueOf(Math.min(100, Math.max(1, Integer.parseInt(term.trim())))));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
