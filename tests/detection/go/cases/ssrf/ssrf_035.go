package ssrf

import (
	"fmt"
	"net/http"
	"time"
)

func ProxyHandler035(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	values := []string{"status.example.com"}
	values = append(values, host)
	req, err := http.NewRequest("HEAD", "https://"+values[0]+"/v1/health", nil)
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
