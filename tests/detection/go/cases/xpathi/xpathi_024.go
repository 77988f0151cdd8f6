package xpathi

import (
	"fmt"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/antchfx/xmlquery"
	"github.com/antchfx/xpath"
	"github.com/gin-gonic/gin"
)

func CatalogHandler024(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		sku := c.Query("sku")
		expr, err := xpath.Compile("//product[@sku='" + helpers.Normalize(sku) + "']/price")
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		for _, node := range xmlquery.QuerySelectorAll(doc, expr) {
			fmt.Fprintln(c.Writer, node.InnerText())
		}
	}
}
