package sqli

import (
	"database/sql"
	"net/http"
)

var sortColumns050 = map[string]string{"new": "created_at", "title": "title", "top": "score"}

func Sorted050(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		order, ok := sortColumns050[r.URL.Query().Get("order")]
		if !ok {
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
