package pathtraver

import (
	"encoding/json"
	"net/http"
)

type payload021 struct {
	File string `json:"file"`
}

type state021 struct {
	value string
	owner string
}

func DownloadHandler021(w http.ResponseWriter, r *http.Request) {
	var body payload021
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	file := body.File
	st := &state021{owner: "system"}
	st.value = file
	http.ServeFile(w, r, "/var/lib/app/uploads/"+st.value)
}
