package ssrf

import (
	"io"
	"net/http"
	"time"

	"example.com/bench/internal/helpers"
)

func build023(value string) string {
	return "https://" + value + "/v1/health"
}

func ProxyHandler023(w http.ResponseWriter, r *http.Request) {
	host := helpers.Param(r, "host")
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Get(build023(host))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
