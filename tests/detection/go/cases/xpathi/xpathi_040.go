package xpathi

import (
	"net/http"
	"regexp"
	"strings"

	"example.com/bench/internal/helpers"
	"github.com/antchfx/xmlquery"
)

var namePattern040 = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

func valid040(value string) bool {
	return namePattern040.MatchString(value)
}

func CatalogHandler040(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := r.PostFormValue("sku")
		if !valid040(sku) {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
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
