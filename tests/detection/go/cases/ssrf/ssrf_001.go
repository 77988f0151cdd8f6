package ssrf

import (
	"io"
	"net/http"

	"github.com/gorilla/mux"
)

func ProxyHandler001(w http.ResponseWriter, r *http.Request) {
	host := mux.Vars(r)["host"]
	resp, err := http.Get(host)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
