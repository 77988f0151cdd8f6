package sqli

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"strings"
)

// Search047 filters the orders table by any of the given statuses.
func Search047(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var clauses []string
		for _, status := range r.URL.Query()["status"] {
			clauses = append(clauses, "status = '"+status+"'")
		}
		query := "SELECT id, total FROM orders"
		if len(clauses) > 0 {
			query += " WHERE " + strings.Join(clauses, " OR ")
		}
		rows, err := db.Query(query)
		if err != nil {
			http.Error(w, "query failed", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		var ids []int64
		for rows.Next() {
			var id int64
			var total float64
			rows.Scan(&id, &total)
			ids = append(ids, id)
		}
		json.NewEncoder(w).Encode(ids)
	}
}
