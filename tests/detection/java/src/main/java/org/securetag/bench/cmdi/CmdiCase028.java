package org.securetag.bench.cmdi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/cmdi/028")
public class CmdiCase028 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String param = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("last_view".equals(cookie.getName())) {
                    param = cookie.getValue();
                    break;
                }
            }
        }
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("localhost");
        valuesList.add(param);
        valuesList.add("status");
        valuesList.remove(0);
        String bar = valuesList.get(1);
        try {
            String[] command = {"/bin/sh", "-c", "ping -c 1 " + bar};
            Process process = Runtime.getRuntime().exec(command);
            int exitCode = process.waitFor();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
