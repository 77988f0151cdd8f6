package ldapi

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-ldap/ldap/v3"
)

func DirectoryHandler007(conn *ldap.Conn) gin.HandlerFunc {
	return func(c *gin.Context) {
		user := c.GetHeader("X-User")
		fields := map[string]string{}
		fields["user"] = user
		res, err := conn.Search(&ldap.SearchRequest{
			BaseDN:     "ou=people,dc=example,dc=com",
			Scope:      ldap.ScopeSingleLevel,
			Filter:     "(&(objectClass=person)(uid=" + fields["user"] + "))",
			Attributes: []string{"uid", "mail"},
		})
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		for _, entry := range res.Entries {
			fmt.Fprintln(c.Writer, entry.DN)
		}
	}
}
