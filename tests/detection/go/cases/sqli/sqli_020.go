package sqli

import (
	"database/sql"
	"net/http"

	"example.com/bench/internal/helpers"
)

func UsersHandler020(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ck, err := r.Cookie("name")
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		name := ck.Value
		settings := helpers.NewSettings()
		settings.Set("name", name)
		var email string
		if err := db.QueryRow("SELECT id, email FROM users WHERE name = '" + settings.Get("name") + "'").Scan(&email); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Write([]byte(email))
	}
}
