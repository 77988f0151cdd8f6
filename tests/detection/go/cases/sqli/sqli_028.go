package sqli

import (
	"database/sql"
	"fmt"
	"net/http"
)

func UsersHandler028(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.Header.Get("X-Name")
		fields := map[string]string{"fallback": "guest"}
		fields["name"] = name
		res, err := db.ExecContext(r.Context(), "SELECT id, email FROM users WHERE name = '"+fields["fallback"]+"'")
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		n, _ := res.RowsAffected()
		fmt.Fprintf(w, "updated %d\n", n)
	}
}
