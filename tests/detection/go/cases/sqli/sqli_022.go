package sqli

import (
	"database/sql"
	"fmt"
	"net/http"
	"strings"

	"github.com/gorilla/mux"
)

func UsersHandler022(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := mux.Vars(r)["name"]
		var sb strings.Builder
		sb.WriteString("SELECT id, email FROM users WHERE name = '")
		sb.WriteString(name)
		sb.WriteString("'")
		res, err := db.ExecContext(r.Context(), sb.String())
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		n, _ := res.RowsAffected()
		fmt.Fprintf(w, "updated %d\n", n)
	}
}
