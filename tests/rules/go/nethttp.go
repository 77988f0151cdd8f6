// Examples for securetag/rules/go/nethttp.yaml (`semgrep --test` reads the annotations).
package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"html"
	"html/template"
	"io"
	// ok: securetag.go.nethttp.pprof-exposed
	"net/http"
	// ruleid: securetag.go.nethttp.pprof-exposed
	_ "net/http/pprof"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/antchfx/xmlquery"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/go-ldap/ldap/v3"
	"github.com/gorilla/mux"
	"github.com/gorilla/sessions"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
)

var db *sql.DB
var dbx *sqlx.DB
var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

var sortColumns = map[string]string{"name": "name", "created": "created_at"}

type search struct {
	Name  string `json:"name"`
	Limit int    `json:"limit"`
}

func findUser(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: securetag.go.nethttp.sqli
	rows, _ := db.Query("SELECT * FROM users WHERE name = '" + name + "'")
	// ok: securetag.go.nethttp.sqli
	same, _ := db.Query("SELECT * FROM users WHERE name = $1", name)
	// ruleid: securetag.go.nethttp.sqli
	db.Exec(fmt.Sprintf("DELETE FROM users WHERE id = %s", r.FormValue("id")))
	id, _ := strconv.Atoi(r.FormValue("id"))
	// ok: securetag.go.nethttp.sqli
	db.Exec(fmt.Sprintf("DELETE FROM users WHERE id = %d", id))
	rows.Close()
	same.Close()
}

func searchUsers(w http.ResponseWriter, r *http.Request) {
	var in search
	json.NewDecoder(r.Body).Decode(&in)
	// ruleid: securetag.go.nethttp.sqli
	db.QueryContext(r.Context(), "SELECT id FROM users WHERE name LIKE '%"+in.Name+"%'")
	// ok: securetag.go.nethttp.sqli
	db.QueryContext(r.Context(), "SELECT id FROM users WHERE name LIKE $1", "%"+in.Name+"%")

	var query strings.Builder
	query.WriteString("SELECT id FROM users ORDER BY ")
	query.WriteString(r.Header.Get("X-Sort"))
	// ruleid: securetag.go.nethttp.sqli
	db.Query(query.String())

	// An allow-list lookup yields one of the program's own column names.
	column := sortColumns[r.FormValue("sort")]
	// ok: securetag.go.nethttp.sqli
	db.Query("SELECT id FROM users ORDER BY " + column)

	filters := map[string]string{}
	filters["tenant"] = r.FormValue("tenant")
	var users []string
	// ruleid: securetag.go.nethttp.sqli
	dbx.Select(&users, "SELECT name FROM users WHERE tenant = '"+filters["tenant"]+"'")

	order := r.FormValue("order")
	if !(order == "asc" || order == "desc") {
		order = "asc"
	}
	switch order {
	case "asc", "desc":
	default:
		return
	}
	raw := r.URL.Query().Get("q")
	prefix := raw[:3]
	// ruleid: securetag.go.nethttp.sqli
	db.Query("SELECT id FROM users WHERE code = '" + prefix + "'")
}

func searchGin(c *gin.Context) {
	var in search
	if err := c.ShouldBindJSON(&in); err != nil {
		return
	}
	// ruleid: securetag.go.nethttp.sqli
	db.Query("SELECT id FROM users WHERE name = '" + in.Name + "'")
	// ruleid: securetag.go.nethttp.sqli
	db.Query("SELECT id FROM users WHERE city = '" + c.Query("city") + "'")
	// ok: securetag.go.nethttp.sqli
	db.Query("SELECT id FROM users WHERE city = ?", c.Query("city"))
	kind := c.Param("kind")
	if _, ok := sortColumns[kind]; !ok {
		return
	}
	// ok: securetag.go.nethttp.sqli
	db.Query("SELECT id FROM users ORDER BY " + kind)
}

func searchEcho(c echo.Context) error {
	// ruleid: securetag.go.nethttp.sqli
	_, err := db.Exec("DELETE FROM posts WHERE slug = '" + c.Param("slug") + "'")
	return err
}

func ping(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	// ruleid: securetag.go.nethttp.command-injection
	exec.Command("sh", "-c", "ping -c 1 "+host).Run()
	// ruleid: securetag.go.nethttp.command-injection
	exec.Command(r.URL.Query().Get("tool")).Run()
	// ok: securetag.go.nethttp.command-injection
	exec.Command("ping", "-c", "1", host).Run()
	parts := strings.Fields(r.FormValue("cmd"))
	// ruleid: securetag.go.nethttp.command-injection
	exec.CommandContext(r.Context(), parts[0], parts[1:]...).Run()
	tools := map[string]string{"disk": "df", "mem": "free"}
	// ok: securetag.go.nethttp.command-injection
	exec.Command(tools[r.FormValue("tool")]).Run()
	if false {
		// ok: securetag.go.nethttp.command-injection
		exec.Command("bash", "-c", host).Run()
	}
	host = "localhost"
	// ok: securetag.go.nethttp.command-injection
	exec.Command("sh", "-c", "ping -c 1 "+host).Run()
}

func pingChi(w http.ResponseWriter, r *http.Request) {
	target := chi.URLParam(r, "target")
	// ruleid: securetag.go.nethttp.command-injection
	exec.Command("/bin/bash", "-c", fmt.Sprintf("nslookup %s", target)).Run()
}

func lookup(w http.ResponseWriter, r *http.Request) {
	conn, _ := ldap.DialURL("ldap://directory:389")
	user := r.FormValue("user")
	// ruleid: securetag.go.nethttp.ldap-injection
	req := ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, "(uid="+user+")", []string{"cn"}, nil)
	conn.Search(req)
	// ok: securetag.go.nethttp.ldap-injection
	safe := ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, fmt.Sprintf("(uid=%s)", ldap.EscapeFilter(user)), []string{"cn"}, nil)
	conn.Search(safe)
}

func findBook(w http.ResponseWriter, r *http.Request) {
	doc, _ := xmlquery.Parse(strings.NewReader("<books/>"))
	title := mux.Vars(r)["title"]
	// ruleid: securetag.go.nethttp.xpath-injection
	xmlquery.Find(doc, "//book[title='"+title+"']")
	// ok: securetag.go.nethttp.xpath-injection
	xmlquery.Find(doc, "//book[@available='yes']")
	if regexp.MustCompile(`^[A-Za-z0-9 ]+$`).MatchString(title) {
		// ok: securetag.go.nethttp.xpath-injection
		xmlquery.FindOne(doc, "//book[title='"+title+"']")
	}
}

func greetTemplate(w http.ResponseWriter, r *http.Request) {
	greeting := r.FormValue("greeting")
	// ruleid: securetag.go.nethttp.ssti
	tmpl, _ := template.New("greet").Parse("<p>" + greeting + "</p>")
	tmpl.Execute(w, nil)
	// ok: securetag.go.nethttp.ssti
	fixed := template.Must(template.New("greet").Parse("<p>{{.}}</p>"))
	fixed.Execute(w, greeting)
	page := template.New("page")
	// ruleid: securetag.go.nethttp.ssti
	page.Parse(r.PostFormValue("layout"))
}

func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	// ruleid: securetag.go.nethttp.path-traversal
	data, _ := os.ReadFile(filepath.Join("/srv/uploads", name))
	// ok: securetag.go.nethttp.path-traversal
	safe, _ := os.ReadFile(filepath.Join("/srv/uploads", filepath.Base(name)))
	// ruleid: securetag.go.nethttp.path-traversal
	http.ServeFile(w, r, r.URL.Path)
	w.Header().Set("Content-Length", strconv.Itoa(len(data)+len(safe)))
}

func downloadChecked(w http.ResponseWriter, r *http.Request) {
	full := filepath.Clean(filepath.Join("/srv/uploads", r.FormValue("file")))
	if !strings.HasPrefix(full, "/srv/uploads/") {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	// ok: securetag.go.nethttp.path-traversal
	f, _ := os.Open(full)
	defer f.Close()
}

func downloadGin(c *gin.Context) {
	// ruleid: securetag.go.nethttp.path-traversal
	c.File("/srv/reports/" + c.Query("report"))
}

func preview(w http.ResponseWriter, r *http.Request) {
	// ruleid: securetag.go.nethttp.ssrf
	resp, err := http.Get(r.FormValue("url"))
	if err != nil {
		return
	}
	defer resp.Body.Close()
	// ok: securetag.go.nethttp.ssrf
	health, _ := http.Get("https://status.example.com/health")
	defer health.Body.Close()
	io.Copy(io.Discard, resp.Body)

	client := &http.Client{}
	// ruleid: securetag.go.nethttp.ssrf
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodGet, "https://"+r.Header.Get("X-Host")+"/api", nil)
	client.Do(req)

	target, _ := url.Parse(r.FormValue("feed"))
	if target.Host != "feeds.example.com" {
		return
	}
	// ok: securetag.go.nethttp.ssrf
	http.Get(target.String())
	// ok: securetag.go.nethttp.ssrf
	http.Get("https://api.example.com/users/" + url.PathEscape(r.FormValue("user")))
}

func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: securetag.go.nethttp.xss
	fmt.Fprintf(w, "<h1>Hello %s</h1>", name)
	// ok: securetag.go.nethttp.xss
	fmt.Fprintf(w, "<h1>Hello %s</h1>", html.EscapeString(name))
	// ruleid: securetag.go.nethttp.xss
	w.Write([]byte("<p>" + r.FormValue("msg") + "</p>"))
	// ok: securetag.go.nethttp.xss
	fmt.Fprintln(os.Stderr, "greeted", name)
	var page bytes.Buffer
	page.WriteString("<div>")
	page.WriteString(r.FormValue("bio"))
	// ruleid: securetag.go.nethttp.xss
	w.Write(page.Bytes())
	// ruleid: securetag.go.nethttp.xss
	io.WriteString(w, string(template.HTML(name)))
}

func helloPlain(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	// ok: securetag.go.nethttp.xss
	fmt.Fprintf(w, "Hello %s", r.FormValue("name"))
}

func helloEcho(c echo.Context) error {
	// ruleid: securetag.go.nethttp.xss
	return c.HTML(http.StatusOK, "<b>"+c.QueryParam("name")+"</b>")
}

func loginDone(w http.ResponseWriter, r *http.Request) {
	// ruleid: securetag.go.nethttp.open-redirect
	http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)
	// ok: securetag.go.nethttp.open-redirect
	http.Redirect(w, r, "/home", http.StatusFound)
	next := r.FormValue("return_to")
	if strings.HasPrefix(next, "/") && !strings.HasPrefix(next, "//") {
		// ok: securetag.go.nethttp.open-redirect
		http.Redirect(w, r, next, http.StatusSeeOther)
	}
	target, err := url.Parse(r.FormValue("continue"))
	if err != nil || target.IsAbs() || target.Host != "" {
		return
	}
	// ok: securetag.go.nethttp.open-redirect
	http.Redirect(w, r, target.String(), http.StatusFound)
}

func loginGin(c *gin.Context) {
	// ruleid: securetag.go.nethttp.open-redirect
	c.Redirect(http.StatusFound, c.DefaultQuery("next", "/"))
}

func importState(w http.ResponseWriter, r *http.Request) {
	var state map[string]interface{}
	// ruleid: securetag.go.nethttp.insecure-deserialization
	gob.NewDecoder(r.Body).Decode(&state)
	// ok: securetag.go.nethttp.insecure-deserialization
	json.NewDecoder(r.Body).Decode(&state)
	cache, _ := os.Open("/var/cache/state.gob")
	// ok: securetag.go.nethttp.insecure-deserialization
	gob.NewDecoder(cache).Decode(&state)
}

type ctxKey string

func remember(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "app")
	// ruleid: securetag.go.nethttp.trust-boundary-violation
	session.Values["role"] = r.FormValue("role")
	// ok: securetag.go.nethttp.trust-boundary-violation
	session.Values["visited"] = true
	session.Save(r, w)
	// ruleid: securetag.go.nethttp.trust-boundary-violation
	ctx := context.WithValue(r.Context(), ctxKey("user"), r.Header.Get("X-User"))
	limit, _ := strconv.Atoi(r.FormValue("limit"))
	// ok: securetag.go.nethttp.trust-boundary-violation
	ctx = context.WithValue(ctx, ctxKey("limit"), limit)
	_ = ctx

	// ruleid: securetag.go.nethttp.insecure-cookie
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "abc"})
	// ruleid: securetag.go.nethttp.insecure-cookie
	weak := http.Cookie{Name: "prefs", Value: "dark", HttpOnly: true}
	// ok: securetag.go.nethttp.insecure-cookie
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "abc", Secure: true, HttpOnly: true})
	// ruleid: securetag.go.nethttp.insecure-cookie
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "abc", Secure: false, HttpOnly: true})
	// ok: securetag.go.nethttp.insecure-cookie
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "abc", Secure: r.TLS != nil, HttpOnly: true})
	http.SetCookie(w, &weak)
	// ok: securetag.go.nethttp.insecure-cookie
	later := &http.Cookie{Name: "id", Value: "v"}
	later.Secure = true
	later.HttpOnly = true
	http.SetCookie(w, later)
}

func rememberGin(c *gin.Context) {
	// ruleid: securetag.go.nethttp.trust-boundary-violation
	c.Set("tenant", c.GetHeader("X-Tenant"))
	// ruleid: securetag.go.nethttp.insecure-cookie
	c.SetCookie("session", "abc", 3600, "/", "example.com", false, true)
	// ok: securetag.go.nethttp.insecure-cookie
	c.SetCookie("session", "abc", 3600, "/", "example.com", true, true)
}

func main() {
	http.HandleFunc("/users", findUser)
	http.ListenAndServe(":8080", nil)
}
