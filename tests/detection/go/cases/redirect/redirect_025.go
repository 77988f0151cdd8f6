package redirect

import (
	"net/http"
)

func LoginHandler025(w http.ResponseWriter, r *http.Request) {
	next := r.PostFormValue("next")
	arg := "/home" + "?source=login"
	if 7*6 < 40 {
		arg = next + "?source=login"
	}
	http.Redirect(w, r, arg, http.StatusFound)
}
