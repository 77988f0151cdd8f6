package xpathi

import (
	"fmt"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/antchfx/xmlquery"
	"github.com/gin-gonic/gin"
)

func build041(value string) string {
	return "//product[@sku='" + value + "']/price"
}

func CatalogHandler041(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		sku := c.PostForm("sku")
		if !helpers.IsIdentifier(sku) {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		for _, node := range xmlquery.Find(doc, build041(sku)) {
			fmt.Fprintln(c.Writer, node.InnerText())
		}
	}
}
