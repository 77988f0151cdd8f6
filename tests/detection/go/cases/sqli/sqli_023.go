package sqli

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
)

func build023(value string) string {
	return "SELECT id, email FROM users WHERE name = '" + value + "'"
}

func UsersHandler023(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		name := c.Param("name")
		tx, err := db.BeginTx(c.Request.Context(), nil)
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		defer tx.Rollback()
		if _, err := tx.Exec(build023(name)); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		if err := tx.Commit(); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		c.Writer.WriteHeader(http.StatusNoContent)
	}
}
