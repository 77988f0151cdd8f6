package sqli

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"example.com/bench/internal/helpers"
)

type payload045 struct {
	Name string `json:"name"`
}

func build045(value string) string {
	return "SELECT id, email FROM users WHERE name = '" + value + "'"
}

func UsersHandler045(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var body payload045
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		name := body.Name
		if !helpers.IsIdentifier(name) {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		tx, err := db.BeginTx(r.Context(), nil)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		defer tx.Rollback()
		if _, err := tx.Exec(build045(name)); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		if err := tx.Commit(); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
