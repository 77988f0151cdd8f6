package ssrf

import (
	"fmt"
	"net/http"
	"time"
)

type state030 struct {
	value string
	owner string
}

func ProxyHandler030(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := r.Form.Get("host")
	st := &state030{owner: "status.example.com"}
	st.value = host
	req, err := http.NewRequest("HEAD", "https://"+st.owner+"/v1/health", nil)
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
