package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
	"github.com/antchfx/xpath"
	"github.com/gin-gonic/gin"
)

type state009 struct {
	value string
	owner string
}

func CatalogHandler009(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		sku := c.Query("sku")
		st := &state009{owner: "system"}
		st.value = sku
		expr, err := xpath.Compile("//product[@sku='" + st.value + "']/price")
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		for _, node := range xmlquery.QuerySelectorAll(doc, expr) {
			fmt.Fprintln(c.Writer, node.InnerText())
		}
	}
}
