// Examples for securetag/rules/go/nethttp.yaml (`semgrep --test` reads the annotations).
package main

import (
	"database/sql"
	"fmt"
	"html"
	"io"
	// ok: securetag.go.nethttp.pprof-exposed
	"net/http"
	// ruleid: securetag.go.nethttp.pprof-exposed
	_ "net/http/pprof"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
)

var db *sql.DB

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

func ping(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	// ruleid: securetag.go.nethttp.command-injection
	exec.Command("sh", "-c", "ping -c 1 "+host).Run()
	// ruleid: securetag.go.nethttp.command-injection
	exec.Command(r.URL.Query().Get("tool")).Run()
	// ok: securetag.go.nethttp.command-injection
	exec.Command("ping", "-c", "1", host).Run()
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
}

func loginDone(w http.ResponseWriter, r *http.Request) {
	// ruleid: securetag.go.nethttp.open-redirect
	http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)
	// ok: securetag.go.nethttp.open-redirect
	http.Redirect(w, r, "/home", http.StatusFound)
}

func remember(w http.ResponseWriter, r *http.Request) {
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
}

func main() {
	http.HandleFunc("/users", findUser)
	http.ListenAndServe(":8080", nil)
}
