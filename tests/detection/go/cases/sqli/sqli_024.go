package sqli

import (
	"database/sql"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/go-chi/chi/v5"
)

func UsersHandler024(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := chi.URLParam(r, "name")
		conn, err := helpers.Database()
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		defer conn.Close()
		var email string
		if err := conn.QueryRowContext(r.Context(), "SELECT id, email FROM users WHERE name = '"+helpers.Normalize(name)+"'").Scan(&email); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Write([]byte(email))
	}
}
