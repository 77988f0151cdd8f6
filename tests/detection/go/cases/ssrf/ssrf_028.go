package ssrf

import (
	"io"
	"net/http"
	"time"
)

func ProxyHandler028(w http.ResponseWriter, r *http.Request) {
	host := r.PostFormValue("host")
	fields := map[string]string{"fallback": "status.example.com"}
	fields["host"] = host
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Get("https://" + fields["fallback"] + "/v1/health")
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
