package sqli

import (
	"database/sql"
	"fmt"
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"
)

func UsersHandler033(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := chi.URLParam(r, "name")
		log.Printf("request for %q", name)
		account := "guest"
		rows, err := db.QueryContext(r.Context(), "SELECT id, email FROM users WHERE name = '"+account+"'")
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
