package sqli

import (
	"database/sql"
	"net/http"
)

func Sorted049(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		order := r.URL.Query().Get("order")
		if order == "" {
			order = "created_at"
		}
		rows, err := db.QueryContext(r.Context(), "SELECT id, title FROM posts ORDER BY "+order)
		if err != nil {
			http.Error(w, "query failed", http.StatusInternalServerError)
			return
		}
		rows.Close()
	}
}
