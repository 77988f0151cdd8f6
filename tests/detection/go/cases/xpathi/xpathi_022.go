package xpathi

import (
	"net/http"
	"strings"

	"github.com/antchfx/xmlquery"
)

func CatalogHandler022(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := r.URL.Query().Get("sku")
		var sb strings.Builder
		sb.WriteString("//product[@sku='")
		sb.WriteString(sku)
		sb.WriteString("']/price")
		node := xmlquery.FindOne(doc, sb.String())
		if node == nil {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(node.InnerText()))
	}
}
