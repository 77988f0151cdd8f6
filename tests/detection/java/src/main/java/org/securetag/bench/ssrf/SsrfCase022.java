package org.securetag.bench.ssrf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.client.RestTemplate;

@WebServlet(value = "/ssrf/022")
public class SsrfCase022 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String input = "";
        Enumeration<String> headers = request.getHeaders("X-Forwarded-Item");
        if (headers != null && headers.hasMoreElements()) {
            input = headers.nextElement();
        }
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("recent");
        valuesList.add(input);
        valuesList.add("popular");
        valuesList.remove(0);
        String term = valuesList.get(0);
        try {
            RestTemplate restTemplate = new RestTemplate();
            String preview = restTemplate.getForObject("https://api.example.com/products?name={name}", String.class, term);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
