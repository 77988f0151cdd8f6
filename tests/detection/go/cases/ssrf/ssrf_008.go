package ssrf

import (
	"io"
	"net/http"
	"time"

	"example.com/bench/internal/helpers"
)

func ProxyHandler008(w http.ResponseWriter, r *http.Request) {
	host := helpers.Param(r, "host")
	settings := helpers.NewSettings()
	settings.Set("host", host)
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Get("https://" + settings.Get("host") + "/v1/health")
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
