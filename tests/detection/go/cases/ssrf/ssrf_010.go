package ssrf

import (
	"fmt"
	"net/http"
	"strings"
	"time"
)

func ProxyHandler010(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	var sb strings.Builder
	sb.WriteString("https://")
	sb.WriteString(host)
	sb.WriteString("/v1/health")
	req, err := http.NewRequest("HEAD", sb.String(), nil)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	client := http.Client{Timeout: 3 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	resp.Body.Close()
	fmt.Fprintf(w, "%d\n", resp.StatusCode)
}
