package org.securetag.bench.deserialization;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/deserialization/021")
public class DeserializationCase021 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            byte[] data = request.getInputStream().readAllBytes();
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            mapper.enableDefaultTyping();
            org.securetag.bench.helpers.Preferences restored = mapper.readValue(data, org.securetag.bench.helpers.Preferences.class);
            request.setAttribute("restored", String.valueOf(restored));
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
