package pathtraver

import (
	"io/ioutil"
	"net/http"
)

type state036 struct {
	value string
	owner string
}

func DownloadHandler036(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	file := r.Form.Get("file")
	st := &state036{owner: "readme.txt"}
	st.value = file
	data, err := ioutil.ReadFile("/var/lib/app/uploads/" + st.owner)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(data)
}
