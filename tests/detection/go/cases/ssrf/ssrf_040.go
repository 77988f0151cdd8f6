package ssrf

import (
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/gorilla/mux"
)

func ProxyHandler040(w http.ResponseWriter, r *http.Request) {
	host := mux.Vars(r)["host"]
	var upstream string
	switch host {
	case "eu":
		upstream = "eu.api.example.com"
	case "us":
		upstream = "us.api.example.com"
	default:
		upstream = "api.example.com"
	}
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Get(fmt.Sprintf("https://%s/v1/health", upstream))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
