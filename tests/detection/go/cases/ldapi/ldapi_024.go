package ldapi

import (
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/gin-gonic/gin"
	"github.com/go-ldap/ldap/v3"
)

type payload024 struct {
	User string `json:"user"`
}

func DirectoryHandler024(conn *ldap.Conn) gin.HandlerFunc {
	return func(c *gin.Context) {
		var body payload024
		if err := c.ShouldBindJSON(&body); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		user := body.User
		dir, err := helpers.Directory()
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		defer dir.Close()
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 0, false,
			"(&(objectClass=person)(uid="+helpers.Normalize(user)+"))", []string{"memberOf"}, nil)
		res, err := dir.Search(req)
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		if len(res.Entries) == 0 {
			c.Writer.WriteHeader(http.StatusForbidden)
			return
		}
		c.Writer.WriteHeader(http.StatusNoContent)
	}
}
