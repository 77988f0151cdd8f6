package ldapi

import (
	"fmt"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-ldap/ldap/v3"
)

type payload033 struct {
	User string `json:"user"`
}

func DirectoryHandler033(conn *ldap.Conn) gin.HandlerFunc {
	return func(c *gin.Context) {
		var body payload033
		if err := c.ShouldBindJSON(&body); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		user := body.User
		log.Printf("request for %q", user)
		account := "jdoe"
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
			"(&(objectClass=person)(uid="+account+"))", []string{"dn", "mail"}, nil)
		res, err := conn.Search(req)
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		for _, entry := range res.Entries {
			fmt.Fprintln(c.Writer, entry.GetAttributeValue("mail"))
		}
	}
}
