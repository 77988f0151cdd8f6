package ldapi

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-ldap/ldap/v3"
)

type options026 struct {
	Value string
}

func DirectoryHandler026(conn *ldap.Conn) gin.HandlerFunc {
	return func(c *gin.Context) {
		user := c.Param("user")
		opts := options026{Value: user}
		opts.Value = "jdoe"
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 10, false,
			"(&(objectClass=person)(uid="+opts.Value+"))", []string{"cn"}, nil)
		res, err := conn.SearchWithPaging(req, 50)
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(c.Writer, "%d entries\n", len(res.Entries))
	}
}
