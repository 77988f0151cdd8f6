package ssrf

import (
	"io"
	"net/http"
	"strings"

	"github.com/gorilla/mux"
)

func ProxyHandler016(w http.ResponseWriter, r *http.Request) {
	host := mux.Vars(r)["host"]
	resp, err := http.Get(strings.Join([]string{"https://", host, "/v1/health"}, ""))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
