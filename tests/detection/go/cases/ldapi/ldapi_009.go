package ldapi

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-ldap/ldap/v3"
)

type payload009 struct {
	User string `json:"user"`
}

type state009 struct {
	value string
	owner string
}

func DirectoryHandler009(conn *ldap.Conn) gin.HandlerFunc {
	return func(c *gin.Context) {
		var body payload009
		if err := c.ShouldBindJSON(&body); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		user := body.User
		st := &state009{owner: "system"}
		st.value = user
		req := ldap.NewSearchRequest("ou=people,dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
			"(&(objectClass=person)(uid="+st.value+"))", []string{"dn", "mail"}, nil)
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
