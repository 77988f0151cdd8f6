package sqli

import (
	"database/sql"
	"fmt"
	"net/http"
	"strings"
)

func UsersHandler043(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.Header.Get("X-Name")
		allowed := map[string]bool{"alice": true, "bob": true, "carol": true}
		if !allowed[name] {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		rows, err := db.QueryContext(r.Context(), strings.Join([]string{"SELECT id, email FROM users WHERE name = '", name, "'"}, ""))
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		count := 0
		for rows.Next() {
			count++
		}
		fmt.Fprintf(w, "%d rows\n", count)
	}
}
