package pathtraver

import (
	"encoding/json"
	"io/ioutil"
	"net/http"
)

type payload006 struct {
	File string `json:"file"`
}

func DownloadHandler006(w http.ResponseWriter, r *http.Request) {
	var body payload006
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	file := body.File
	values := make([]string, 0, 4)
	values = append(values, file)
	data, err := ioutil.ReadFile("/var/lib/app/uploads/" + values[0])
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(data)
}
