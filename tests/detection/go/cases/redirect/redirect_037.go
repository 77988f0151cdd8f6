package redirect

import (
	"net/http"
	"net/url"

	"github.com/gorilla/mux"
)

func LoginHandler037(w http.ResponseWriter, r *http.Request) {
	next := mux.Vars(r)["next"]
	http.Redirect(w, r, "/search?q="+url.QueryEscape(next), http.StatusFound)
}
