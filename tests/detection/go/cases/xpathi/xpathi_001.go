package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
)

func CatalogHandler001(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := r.PostFormValue("sku")
		for _, node := range xmlquery.Find(doc, sku) {
			fmt.Fprintln(w, node.InnerText())
		}
	}
}
