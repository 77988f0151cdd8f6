package ssrf

import (
	"io"
	"net/http"
)

func build011(value string) string {
	return "https://" + value + "/v1/health"
}

func ProxyHandler011(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	resp, err := http.Get(build011(host))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
