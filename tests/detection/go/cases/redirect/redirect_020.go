package redirect

import (
	"net/http"

	"example.com/bench/internal/helpers"
)

func LoginHandler020(w http.ResponseWriter, r *http.Request) {
	next := helpers.Param(r, "next")
	settings := helpers.NewSettings()
	settings.Set("next", next)
	w.Header().Set("Location", settings.Get("next")+"?source=login")
	w.WriteHeader(http.StatusSeeOther)
}
