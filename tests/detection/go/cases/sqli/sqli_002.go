package sqli

import (
	"database/sql"
	"net/http"
)

func UsersHandler002(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.FormValue("name")
		var email string
		if err := db.QueryRow("SELECT id, email FROM users WHERE name = '" + name + "'").Scan(&email); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Write([]byte(email))
	}
}
