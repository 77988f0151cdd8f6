// Examples for securetag/rules/java/web.yaml (`semgrep --test` reads the annotations).
package com.example.web;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.owasp.encoder.Encode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestTemplate;
import org.w3c.dom.Document;

public class UserServlet extends HttpServlet {
    private Connection connection;
    private DirContext directory;
    private Document catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String name = request.getParameter("name");
        try {
            Statement statement = connection.createStatement();
            // ruleid: securetag.java.web.sqli
            ResultSet rows = statement.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
            // ok: securetag.java.web.sqli
            PreparedStatement prepared = connection.prepareStatement("SELECT * FROM users WHERE name = ?");
            prepared.setString(1, name);
            // ruleid: securetag.java.web.sqli
            connection.prepareStatement("DELETE FROM users WHERE id = " + request.getParameter("id"));
            // ok: securetag.java.web.sqli
            statement.executeQuery("SELECT * FROM users WHERE id = " + Integer.parseInt(request.getParameter("id")));
            rows.close();
        } catch (SQLException e) {
            throw new IOException(e);
        }

        PrintWriter out = response.getWriter();
        // ruleid: securetag.java.web.xss
        out.println("<h1>Hello " + name + "</h1>");
        // ok: securetag.java.web.xss
        out.println("<h1>Hello " + Encode.forHtml(name) + "</h1>");
        // ruleid: securetag.java.web.xss
        response.getWriter().write(request.getHeader("Referer"));

        String next = request.getParameter("next");
        // ruleid: securetag.java.web.open-redirect
        response.sendRedirect(next);
        // ok: securetag.java.web.open-redirect
        response.sendRedirect("/home");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String host = request.getParameter("host");
        // ruleid: securetag.java.web.command-injection
        Runtime.getRuntime().exec("ping -c 1 " + host);
        // ruleid: securetag.java.web.command-injection
        new ProcessBuilder("sh", "-c", "nslookup " + host).start();
        // ok: securetag.java.web.command-injection
        new ProcessBuilder("uptime").start();

        String file = request.getParameter("file");
        // ruleid: securetag.java.web.path-traversal
        FileInputStream in = new FileInputStream("/srv/uploads/" + file);
        // ruleid: securetag.java.web.path-traversal
        File target = new File("/srv/uploads", file);
        // ruleid: securetag.java.web.path-traversal
        byte[] report = Files.readAllBytes(Paths.get("/srv/reports").resolve(file));
        // ok: securetag.java.web.path-traversal
        byte[] safe = Files.readAllBytes(Paths.get("/srv/uploads").resolve(Paths.get(file).getFileName()));
        in.close();

        String uid = request.getParameter("uid");
        try {
            // ruleid: securetag.java.web.ldap-injection
            directory.search("ou=people,dc=example,dc=com", "(uid=" + uid + ")", new SearchControls());
            // ok: securetag.java.web.ldap-injection
            directory.search("ou=people,dc=example,dc=com", "(uid=" + Encode.forLdap(uid) + ")", new SearchControls());
        } catch (NamingException e) {
            throw new IOException(e);
        }

        XPath xpath = XPathFactory.newInstance().newXPath();
        try {
            // ruleid: securetag.java.web.xpath-injection
            xpath.evaluate("//book[title='" + request.getParameter("title") + "']", catalog);
            // ok: securetag.java.web.xpath-injection
            xpath.evaluate("//book[title=$title]", catalog);
        } catch (Exception e) {
            throw new IOException(e);
        }

        ScriptEngine engine = new ScriptEngineManager().getEngineByName("js");
        try {
            // ruleid: securetag.java.web.code-injection
            engine.eval(request.getParameter("formula"));
            // ok: securetag.java.web.code-injection
            engine.eval("1 + 1");
        } catch (ScriptException e) {
            throw new IOException(e);
        }

        // ruleid: securetag.java.web.ssrf
        new URL(request.getParameter("callback")).openStream().close();
        // ok: securetag.java.web.ssrf
        new URL("https://status.example.com/health").openStream().close();
        response.setContentLength(target.exists() ? report.length : safe.length);
    }
}

@Controller
class ReportController {
    private JdbcTemplate jdbc;
    private RestTemplate http;

    @GetMapping("/reports/{id}")
    public String report(@PathVariable String id, @RequestParam("sort") String sort) {
        // ruleid: securetag.java.web.sqli
        jdbc.queryForList("SELECT * FROM reports WHERE id = " + id + " ORDER BY " + sort);
        // ok: securetag.java.web.sqli
        jdbc.queryForList("SELECT * FROM reports WHERE id = ?", id);
        return "report";
    }

    @GetMapping("/proxy")
    public String proxy(@RequestParam String url) {
        // ruleid: securetag.java.web.ssrf
        return http.getForObject(url, String.class);
    }

    @GetMapping("/go")
    public String go(@RequestParam(name = "to") String to) {
        if (to.isEmpty()) {
            // ok: securetag.java.web.open-redirect
            return "redirect:/home";
        }
        // ruleid: securetag.java.web.open-redirect
        return "redirect:" + to;
    }
}
