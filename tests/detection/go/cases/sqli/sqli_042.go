package sqli

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

func UsersHandler042(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		name := c.Query("name")
		var safe string
		switch name {
		case "admin", "staff":
			safe = "staff"
		case "guest":
			safe = "guest"
		default:
			safe = "member"
		}
		var email string
		if err := db.QueryRow(fmt.Sprintf("SELECT id, email FROM users WHERE name = '%s'", safe)).Scan(&email); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		c.Writer.Write([]byte(email))
	}
}
