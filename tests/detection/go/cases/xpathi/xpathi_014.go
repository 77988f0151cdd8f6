package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
	"github.com/antchfx/xpath"
	"github.com/gin-gonic/gin"
)

func CatalogHandler014(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		sku := c.Param("sku")
		expr, err := xpath.Compile("//product[@sku='" + sku + "']/price")
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		for _, node := range xmlquery.QuerySelectorAll(doc, expr) {
			fmt.Fprintln(c.Writer, node.InnerText())
		}
	}
}
