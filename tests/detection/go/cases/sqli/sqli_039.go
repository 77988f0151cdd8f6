package sqli

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
)

type payload039 struct {
	Name string `json:"name"`
}

func UsersHandler039(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		var body payload039
		if err := c.ShouldBindJSON(&body); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		name := body.Name
		stmt, err := db.PrepareContext(c.Request.Context(), "UPDATE users SET last_seen = now() WHERE name = $1")
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		defer stmt.Close()
		if _, err := stmt.Exec(name); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		c.Writer.WriteHeader(http.StatusNoContent)
	}
}
