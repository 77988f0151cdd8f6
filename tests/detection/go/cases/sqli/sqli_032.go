package sqli

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
)

type options032 struct {
	Value string
}

func UsersHandler032(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		name := c.Param("name")
		opts := options032{Value: name}
		opts.Value = "guest"
		var email string
		if err := db.QueryRow("SELECT id, email FROM users WHERE name = '" + opts.Value + "'").Scan(&email); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		c.Writer.Write([]byte(email))
	}
}
