package sqli

import (
	"database/sql"
	"fmt"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

func UsersHandler027(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		name := c.Query("name")
		log.Printf("request for %q", name)
		account := "guest"
		rows, err := db.QueryContext(c.Request.Context(), "SELECT id, email FROM users WHERE name = '"+account+"'")
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		count := 0
		for rows.Next() {
			count++
		}
		fmt.Fprintf(c.Writer, "%d rows\n", count)
	}
}
