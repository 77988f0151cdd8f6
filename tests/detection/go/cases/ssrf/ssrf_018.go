package ssrf

import (
	"io"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
)

func ProxyHandler018(w http.ResponseWriter, r *http.Request) {
	host := chi.URLParam(r, "host")
	values := make([]string, 0, 4)
	values = append(values, host)
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Get("https://" + values[0] + "/v1/health")
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
