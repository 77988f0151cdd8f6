package xpathi

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/antchfx/xmlquery"
)

func CatalogHandler016(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := r.PostFormValue("sku")
		for _, node := range xmlquery.Find(doc, strings.Join([]string{"//product[@sku='", sku, "']/price"}, "")) {
			fmt.Fprintln(w, node.InnerText())
		}
	}
}
