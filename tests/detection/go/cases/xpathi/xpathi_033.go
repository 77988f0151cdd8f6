package xpathi

import (
	"fmt"
	"log"
	"net/http"

	"github.com/antchfx/xmlquery"
	"github.com/gin-gonic/gin"
)

func CatalogHandler033(doc *xmlquery.Node) gin.HandlerFunc {
	return func(c *gin.Context) {
		sku := c.Query("sku")
		log.Printf("request for %q", sku)
		account := "A100"
		nodes, err := xmlquery.QueryAll(doc, "//product[@sku='"+account+"']/price")
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		fmt.Fprintf(c.Writer, "%d matches\n", len(nodes))
	}
}
