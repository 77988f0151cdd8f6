package sqli

import (
	"database/sql"
	"net/http"

	"example.com/bench/internal/helpers"
)

func UsersHandler038(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := helpers.Param(r, "name")
		var email string
		if err := db.QueryRowContext(r.Context(), "SELECT email FROM users WHERE name = ?", name).Scan(&email); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Write([]byte(email))
	}
}
