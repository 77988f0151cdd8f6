package sqli

import (
	"database/sql"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gorilla/mux"
)

func UsersHandler046(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := mux.Vars(r)["name"]
		safe, err := helpers.ToID(name)
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		conn, err := helpers.Database()
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		defer conn.Close()
		var email string
		if err := conn.QueryRowContext(r.Context(), safe).Scan(&email); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Write([]byte(email))
	}
}
