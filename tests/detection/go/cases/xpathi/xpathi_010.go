package xpathi

import (
	"net/http"
	"strings"

	"example.com/bench/internal/helpers"
	"github.com/antchfx/xmlquery"
)

func CatalogHandler010(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := r.Header.Get("X-Sku")
		var sb strings.Builder
		sb.WriteString("//product[@sku='")
		sb.WriteString(sku)
		sb.WriteString("']/price")
		catalog, err := helpers.Catalog()
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		node, err := xmlquery.Query(catalog, sb.String())
		if err != nil || node == nil {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(node.InnerText()))
	}
}
