package org.securetag.bench.ssrf;

import java.io.IOException;
import java.util.HashMap;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/ssrf/021")
public class SsrfCase021 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String[] values = request.getParameterValues("tag");
        String param = values != null && values.length > 0 ? values[0] : "";
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "a_Value");
        fields.put("keyB", param);
        String bar = (String) fields.get("keyB");
        try {
            org.springframework.web.client.RestTemplate restTemplate = new org.springframework.web.client.RestTemplate();
            String preview = restTemplate.getForObject(bar, String.class);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
