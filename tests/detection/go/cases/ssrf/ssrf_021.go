package ssrf

import (
	"io"
	"net/http"
)

type state021 struct {
	value string
	owner string
}

func ProxyHandler021(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	host := r.Form.Get("host")
	st := &state021{owner: "system"}
	st.value = host
	resp, err := http.Get("https://" + st.value + "/v1/health")
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
