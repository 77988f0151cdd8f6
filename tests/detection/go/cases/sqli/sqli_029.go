package sqli

import (
	"database/sql"
	"net/http"
)

func UsersHandler029(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ck, err := r.Cookie("name")
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		name := ck.Value
		values := []string{"guest"}
		values = append(values, name)
		tx, err := db.BeginTx(r.Context(), nil)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		defer tx.Rollback()
		if _, err := tx.Exec("SELECT id, email FROM users WHERE name = '" + values[0] + "'"); err != nil {
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
