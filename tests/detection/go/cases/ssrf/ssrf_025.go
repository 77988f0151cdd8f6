package ssrf

import (
	"fmt"
	"net/http"
	"time"

	"github.com/gorilla/mux"
)

func ProxyHandler025(w http.ResponseWriter, r *http.Request) {
	host := mux.Vars(r)["host"]
	arg := "https://" + "status.example.com" + "/v1/health"
	if 7*6 < 40 {
		arg = "https://" + host + "/v1/health"
	}
	req, err := http.NewRequest("HEAD", arg, nil)
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
