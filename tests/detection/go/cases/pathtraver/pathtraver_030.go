package pathtraver

import (
	"encoding/json"
	"io/ioutil"
	"net/http"
)

type payload030 struct {
	File string `json:"file"`
}

type state030 struct {
	value string
	owner string
}

func DownloadHandler030(w http.ResponseWriter, r *http.Request) {
	var body payload030
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	file := body.File
	st := &state030{owner: "readme.txt"}
	st.value = file
	data, err := ioutil.ReadFile("/var/lib/app/uploads/" + st.owner)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(data)
}
