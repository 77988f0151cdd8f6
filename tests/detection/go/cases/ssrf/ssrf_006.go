package ssrf

import (
	"io"
	"net/http"
)

func ProxyHandler006(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := r.Form.Get("host")
	values := make([]string, 0, 4)
	values = append(values, host)
	resp, err := http.Get("https://" + values[0] + "/v1/health")
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
