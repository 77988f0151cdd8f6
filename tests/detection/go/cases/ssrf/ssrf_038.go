package ssrf

import (
	"io"
	"net/http"
	"net/url"
)

func ProxyHandler038(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("host")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := ck.Value
	u := url.URL{Scheme: "https", Host: "search.example.com", Path: "/v2/find", RawQuery: url.Values{"q": {host}}.Encode()}
	resp, err := http.Get(u.String())
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
