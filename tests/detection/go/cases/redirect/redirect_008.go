package redirect

import (
	"net/http"

	"example.com/bench/internal/helpers"
)

func LoginHandler008(w http.ResponseWriter, r *http.Request) {
	next := r.FormValue("next")
	settings := helpers.NewSettings()
	settings.Set("next", next)
	http.Redirect(w, r, settings.Get("next")+"?source=login", http.StatusMovedPermanently)
}
