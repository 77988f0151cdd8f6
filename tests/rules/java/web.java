// Examples for securetag/scanning/rules/java/web.yaml (`semgrep --test` reads the annotations).
package com.example.web;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.owasp.encoder.Encode;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestTemplate;
import org.w3c.dom.Document;

public class UserServlet extends HttpServlet {
    private static final Set<String> SORT_COLUMNS = Set.of("name", "created");
    private Connection connection;
    private DirContext directory;
    private Document catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String name = request.getParameter("name");
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

        // taint survives builders, collections and Properties
        StringBuilder sql = new StringBuilder("SELECT * FROM orders WHERE owner = '");
        sql.append(request.getHeader("X-Owner"));
        // ruleid: securetag.java.web.sqli
        statement.executeUpdate(sql.toString());
        Map<String, String> fields = new HashMap<>();
        fields.put("safe", "guest");
        fields.put("user", name);
        // ruleid: securetag.java.web.sqli
        statement.execute("SELECT 1 FROM t WHERE a = '" + fields.get("user") + "'");
        // ok: securetag.java.web.sqli
        statement.execute("SELECT 1 FROM t WHERE a = '" + fields.get("safe") + "'");
        Properties settings = new Properties();
        settings.setProperty("sort", request.getParameter("sort"));
        // ruleid: securetag.java.web.sqli
        statement.addBatch("SELECT * FROM t ORDER BY " + settings.getProperty("sort"));
        String sort = request.getParameter("sort");
        if (SORT_COLUMNS.contains(sort)) {
            // ok: securetag.java.web.sqli
            statement.executeQuery("SELECT * FROM t ORDER BY " + sort);
        }
        String column = name;
        if ((7 * 18) + 10 > 200) {
            column = "name";
        }
        // ok: securetag.java.web.sqli
        statement.executeQuery("SELECT * FROM t ORDER BY " + ((7 * 42) - 86 > 200 ? "id" : column.substring(1)));
        rows.close();

        PrintWriter out = response.getWriter();
        // ruleid: securetag.java.web.xss
        out.println("<h1>Hello " + name + "</h1>");
        // ok: securetag.java.web.xss
        out.println("<h1>Hello " + Encode.forHtml(name) + "</h1>");
        // ruleid: securetag.java.web.xss
        response.getWriter().write(request.getHeader("Referer"));
        // ok: securetag.java.web.xss
        response.getWriter().format("<p>%s</p>", org.springframework.web.util.HtmlUtils.htmlEscape(name));

        String next = request.getParameter("next");
        // ruleid: securetag.java.web.open-redirect
        response.sendRedirect(next);
        // ruleid: securetag.java.web.open-redirect
        response.setHeader("Location", "/" + next);
        // ok: securetag.java.web.open-redirect
        response.sendRedirect("/home");
        if (!next.startsWith("/") || next.startsWith("//")) {
            return;
        }
        // ok: securetag.java.web.open-redirect
        response.sendRedirect(next);
    }

    @Override
    protected void doPost(javax.servlet.http.HttpServletRequest request, HttpServletResponse response) throws Exception {
        String host = request.getParameter("host");
        // ruleid: securetag.java.web.command-injection
        Runtime.getRuntime().exec("ping -c 1 " + host);
        // ruleid: securetag.java.web.command-injection
        new java.lang.ProcessBuilder("sh", "-c", "nslookup " + host).start();
        // ok: securetag.java.web.command-injection
        new ProcessBuilder("uptime").start();
        // ok: securetag.java.web.command-injection
        new ProcessBuilder("ping", "-c", "1", host).start();
        List<String> argv = new ArrayList<>();
        argv.add("/bin/bash");
        argv.add("-c");
        argv.add("dig " + host);
        ProcessBuilder builder = new ProcessBuilder();
        // ruleid: securetag.java.web.command-injection
        builder.command(argv);
        // ok: securetag.java.web.command-injection
        builder.environment().put("TARGET_HOST", host);

        String file = request.getParameter("file");
        // ruleid: securetag.java.web.path-traversal
        FileInputStream in = new java.io.FileInputStream("/srv/uploads/" + file);
        // ruleid: securetag.java.web.path-traversal
        File target = new File("/srv/uploads", file);
        // ruleid: securetag.java.web.path-traversal
        byte[] report = Files.readAllBytes(Paths.get("/srv/reports", file));
        // ok: securetag.java.web.path-traversal
        byte[] safe = Files.readAllBytes(Paths.get("/srv/uploads", Paths.get(file).getFileName().toString()));
        Path base = Paths.get("/srv/uploads");
        Path resolved = base.resolve(org.apache.commons.io.FilenameUtils.getName(file)).normalize();
        if (!resolved.startsWith(base)) {
            throw new IOException("outside");
        }
        // ok: securetag.java.web.path-traversal
        byte[] checked = Files.readAllBytes(resolved);
        in.close();

        String uid = request.getParameter("uid");
        // ruleid: securetag.java.web.ldap-injection
        directory.search("ou=people,dc=example,dc=com", "(uid=" + uid + ")", new SearchControls());
        // ok: securetag.java.web.ldap-injection
        directory.search("ou=people,dc=example,dc=com", "(uid={0})", new Object[] {uid}, new SearchControls());
        // ok: securetag.java.web.ldap-injection
        directory.search("ou=people,dc=example,dc=com", "(uid=" + org.springframework.ldap.support.LdapEncoder.filterEncode(uid) + ")", new SearchControls());

        XPath xpath = XPathFactory.newInstance().newXPath();
        // ruleid: securetag.java.web.xpath-injection
        xpath.evaluate("//book[title='" + request.getParameter("title") + "']", catalog);
        // ok: securetag.java.web.xpath-injection
        xpath.evaluate("//book[title=$title]", catalog);

        ScriptEngine engine = new ScriptEngineManager().getEngineByName("js");
        // ruleid: securetag.java.web.code-injection
        engine.eval(request.getParameter("formula"));
        // ok: securetag.java.web.code-injection
        engine.eval("1 + 1");

        SpelExpressionParser parser = new SpelExpressionParser();
        // ruleid: securetag.java.web.expression-injection
        parser.parseExpression(request.getParameter("expr")).getValue();
        // ok: securetag.java.web.expression-injection
        parser.parseExpression("name.length()").getValue();

        String template = request.getParameter("template");
        // ruleid: securetag.java.web.ssti
        org.apache.velocity.app.Velocity.evaluate(new org.apache.velocity.VelocityContext(), new java.io.StringWriter(), "tag", template);
        // ok: securetag.java.web.ssti
        org.apache.velocity.app.Velocity.evaluate(new org.apache.velocity.VelocityContext(), new java.io.StringWriter(), "tag", "Hello $name");

        // ruleid: securetag.java.web.ssrf
        new URL(request.getParameter("callback")).openStream().close();
        // ok: securetag.java.web.ssrf
        new URL("https://status.example.com/health").openStream().close();

        byte[] state = java.util.Base64.getDecoder().decode(request.getParameter("state"));
        // ruleid: securetag.java.web.insecure-deserialization
        Object restored = new ObjectInputStream(new java.io.ByteArrayInputStream(state)).readObject();
        ObjectInputStream filtered = new ObjectInputStream(new java.io.ByteArrayInputStream(state));
        filtered.setObjectInputFilter(java.io.ObjectInputFilter.Config.createFilter("com.example.*;!*"));
        // ok: securetag.java.web.insecure-deserialization
        Object allowed = filtered.readObject();

        Cookie[] cookies = request.getCookies();
        for (Cookie cookie : cookies) {
            // ruleid: securetag.java.web.trust-boundary-violation
            request.getSession().setAttribute("theme", cookie.getValue());
        }
        // ok: securetag.java.web.trust-boundary-violation
        request.getSession().setAttribute("visits", Integer.parseInt(request.getParameter("visits")));
        response.setContentLength(target.exists() ? report.length + checked.length : safe.length);
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
