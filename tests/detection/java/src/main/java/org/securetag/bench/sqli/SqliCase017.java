package org.securetag.bench.sqli;

import java.io.IOException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.securetag.bench.helpers.Db;

@WebServlet(value = "/sqli/017")
public class SqliCase017 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        Map<String, String[]> parameters = request.getParameterMap();
        String requested = "";
        if (parameters != null) {
            String[] filterValues = parameters.get("filter");
            if (filterValues != null) {
                requested = filterValues[0];
            }
        }
        HashMap<String, Object> fields = new HashMap<String, Object>();
        fields.put("keyA", "a_Value");
        fields.put("keyB", requested);
        String selected = (String) fields.get("keyB");
        try {
            Connection connection = Db.getConnection();
            CallableStatement call = connection.prepareCall("{call find_customer('" + selected + "')}");
            ResultSet rs = call.executeQuery();
            rs.close();
            connection.close();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
