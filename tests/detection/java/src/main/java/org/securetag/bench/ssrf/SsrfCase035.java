package org.securetag.bench.ssrf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.RequestValues;
import org.springframework.web.client.RestTemplate;

@WebServlet(value = "/ssrf/035")
public class SsrfCase035 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String param = RequestValues.firstParameter(request, "item");
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("recent");
        valuesList.add(param);
        valuesList.add("popular");
        valuesList.remove(0);
        String bar = valuesList.get(0);
        try {
            RestTemplate restTemplate = new RestTemplate();
            String preview = restTemplate.getForObject(bar, String.class);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
